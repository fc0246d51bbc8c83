import bcrypt from "bcryptjs";

// Cost 12 keeps a guess at ~0.2 s on this class of machine; tests pass a lower cost to stay fast.
const DEFAULT_COST = 12;

export { PASSWORD_MIN_LENGTH } from "./password-policy";

export function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  return bcrypt.hash(password, cost);
}

let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) {
    // Spend the same time as a real comparison, so the timing does not reveal unknown accounts.
    dummyHash ??= bcrypt.hash("no account", DEFAULT_COST);
    await bcrypt.compare(password, await dummyHash);
    return false;
  }
  return bcrypt.compare(password, hash);
}
