import bcrypt from "bcryptjs";
import { Semaphore } from "@/lib/security/semaphore";

/**
 * One cost for every hash the app writes (demo accounts included), so that the time a sign-in takes does
 * not tell which accounts exist or how they were made. Cost 12 keeps a guess at ~0.2 s on this class of
 * machine; only unit tests pass a lower cost, to stay fast.
 */
export const PASSWORD_HASH_COST = 12;

export { PASSWORD_MIN_LENGTH } from "./password-policy";

/**
 * bcrypt is CPU-bound: a burst of sign-ins must not starve every other request. At most
 * MAX_CONCURRENT_CHECKS run at once; up to MAX_WAITING_CHECKS wait their turn; beyond that a check is
 * refused at once (PasswordCheckBusyError: "try again in a few seconds").
 */
const MAX_CONCURRENT_CHECKS = 2;
const MAX_WAITING_CHECKS = 64;
const checks = new Semaphore(MAX_CONCURRENT_CHECKS, MAX_WAITING_CHECKS);

export class PasswordCheckBusyError extends Error {
  constructor() {
    super("Too many password checks at once");
    this.name = "PasswordCheckBusyError";
  }
}

export function hashPassword(password: string, cost = PASSWORD_HASH_COST): Promise<string> {
  return checks.run(() => bcrypt.hash(password, cost), () => new PasswordCheckBusyError());
}

let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  return checks.run(async () => {
    if (!hash) {
      // Spend the same time as a real comparison, so the timing does not reveal unknown accounts.
      dummyHash ??= bcrypt.hash("no account", PASSWORD_HASH_COST);
      await bcrypt.compare(password, await dummyHash);
      return false;
    }
    return bcrypt.compare(password, hash);
  }, () => new PasswordCheckBusyError());
}

/** A hash written with another cost (an older release, a test fixture) is replaced at the next sign-in. */
export function needsRehash(hash: string): boolean {
  try {
    return bcrypt.getRounds(hash) !== PASSWORD_HASH_COST;
  } catch {
    return false;
  }
}
