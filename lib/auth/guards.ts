import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { decideAccess, type AccessRule, type SessionUser } from "./access";
import { auth } from "./auth";
import type { Role } from "./roles";

/**
 * The signed-in user, read again from the database with the server-side session the token names, so that
 * a sign-out, a deactivation, a password reset or a changed role takes effect on the next request, not
 * when the token expires. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await auth())?.user;
  if (!token?.id || !token.sessionId) return null;
  const session = await db.userSession.findUnique({ where: { id: token.sessionId }, include: { user: true } });
  if (!session || session.revokedAt || session.userId !== token.id) return null;
  const user = session.user;
  // A deactivated account, or one whose password an administrator has reset, has no open session left.
  if (!user.active || user.mustResetPassword) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    agencyId: user.agencyId,
    language: user.language,
    sessionId: session.id,
  };
});

/** For pages: redirects to sign-in or to the 403 page. */
export async function requireUser(rule: AccessRule = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, rule);
  if (decision === "unauthenticated") redirect("/sign-in");
  if (decision === "forbidden") redirect("/forbidden");
  return user!;
}

export function requireRole(...roles: Role[]): Promise<SessionUser> {
  return requireUser({ roles });
}

export type GuardResult = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403; error: string };

/** For server actions and route handlers: the failure is a value (they answer with a status or a message). */
export async function checkUser(rule: AccessRule = {}): Promise<GuardResult> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, rule);
  if (decision === "unauthenticated") return { ok: false, status: 401, error: "validation.unauthenticated" };
  if (decision === "forbidden") return { ok: false, status: 403, error: "validation.forbidden" };
  return { ok: true, user: user! };
}
