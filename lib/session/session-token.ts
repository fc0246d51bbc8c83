import "server-only";
import { headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { getEnv, isHttpsApp } from "@/lib/env";

/** What the session cookie names: the user and their server-side session (lib/data/sessions). */
export type SessionToken = { id: string; sessionId: string };

/**
 * Reads the session cookie: one key derivation and one decryption. Auth.js's `auth()` does much more per
 * call (a CSRF token, the session callbacks, and encrypting a renewed cookie that a server component or a
 * route handler cannot set) — measured at several ms of CPU on every autosave. Renewal stays with the proxy,
 * which runs Auth.js on page requests. Only the cookie is read (no Bearer header), with Auth.js's own cookie
 * name and salt, so a token Auth.js wrote is the only token accepted.
 */
export async function readSessionToken(): Promise<SessionToken | null> {
  const cookie = (await headers()).get("cookie");
  if (!cookie) return null;
  const token = await getToken({ req: { headers: { cookie } }, secret: getEnv().AUTH_SECRET, secureCookie: isHttpsApp() });
  if (typeof token?.id !== "string" || typeof token.sessionId !== "string" || !token.id || !token.sessionId) return null;
  return { id: token.id, sessionId: token.sessionId };
}
