import { createHash, randomBytes } from "node:crypto";

/** One-time links live 7 days unless the caller says otherwise. */
export const TOKEN_TTL_DAYS = 7;

/** A new one-time token: 32 random bytes, base64url. Only its hash is stored; the token itself is sent once. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 is enough here: the token has 256 bits of entropy, so there is nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function tokenExpiry(now: Date, days = TOKEN_TTL_DAYS): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

export type TokenState = "valid" | "expired" | "used" | "unknown";

/** Why a link can or cannot be used. An inactive account's link is "unknown": it reveals nothing. */
export function tokenState(
  token: { expiresAt: Date; usedAt: Date | null; userActive: boolean } | null,
  now: Date,
): TokenState {
  if (!token || !token.userActive) return "unknown";
  if (token.usedAt) return "used";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
