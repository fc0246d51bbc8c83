import { generateToken, hashToken } from "@/lib/admin/tokens";
import { decode } from "next-auth/jwt";
import { e2eDb } from "./client";

const SESSION_COOKIE = "authjs.session-token";

/**
 * Revokes on the server the sessions these browser cookies name, as the app's own sign-out does: a cookie
 * that a late response brings back afterwards (a keepalive save, a prefetch) then opens nothing.
 */
export async function revokeSessionsInCookies(cookies: readonly { name: string; value: string }[]): Promise<void> {
  for (const cookie of cookies.filter((candidate) => candidate.name === SESSION_COOKIE)) {
    const token = await decode({ token: cookie.value, secret: process.env.E2E_AUTH_SECRET!, salt: SESSION_COOKIE }).catch(() => null);
    if (typeof token?.sessionId !== "string") continue;
    await e2eDb().userSession.updateMany({ where: { id: token.sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  }
}

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

/**
 * A one-time link (invitation or password reset) for the user, as the app stores it (only the hash);
 * returns the page's path with the token.
 */
export async function createOneTimeLink(userId: string, purpose: "INVITE" | "RESET"): Promise<string> {
  const token = generateToken();
  await e2eDb().authToken.create({ data: { tokenHash: hashToken(token), purpose, userId, expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
  return `/${purpose === "INVITE" ? "invite" : "reset-password"}/${token}`;
}
