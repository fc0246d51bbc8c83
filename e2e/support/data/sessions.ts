import { e2eDb } from "./client";

/** Ends every open session of the user on the server (what sign-out elsewhere or an expiry does). */
export async function revokeSessionsOf(userId: string): Promise<number> {
  const { count } = await e2eDb().userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** Moves every open one-time link of the user into the past; returns how many there were. */
export async function expireLinksOf(email: string): Promise<number> {
  const { count } = await e2eDb().authToken.updateMany({ where: { usedAt: null, user: { email } }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  return count;
}
