import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { decideAccess, type AccessRule, type SessionUser } from "@/lib/auth/access";
import type { Role } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/data/sessions";
import { fail, ok, type Result } from "@/lib/result";
import { readSessionToken } from "./session-token";
import { signInUrl } from "./sign-in-url";

/**
 * The signed-in user, read again from the database with the server-side session the token names, so that
 * a sign-out, a deactivation, a password reset or a changed role takes effect on the next request, not
 * when the token expires. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken();
  return token ? getSessionUser(token.id, token.sessionId) : null;
});

/** For pages: redirects to sign-in (then back to this page) or to the 403 page. */
export async function requireUser(rule: AccessRule = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, rule);
  if (decision === "unauthenticated") redirect(await signInUrl());
  if (decision === "forbidden") redirect("/forbidden");
  return user!;
}

export function requireRole(...roles: Role[]): Promise<SessionUser> {
  return requireUser({ roles });
}

/** For server actions and route handlers: the refusal is a value ("unauthenticated" or "forbidden"). */
export async function checkUser(rule: AccessRule = {}): Promise<Result<SessionUser>> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, rule);
  if (decision === "unauthenticated") return fail("unauthenticated");
  if (decision === "forbidden") return fail("forbidden");
  return ok(user!);
}
