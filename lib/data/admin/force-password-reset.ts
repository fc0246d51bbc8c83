import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { revokeUserSessions } from "../sessions";
import { isAdmin } from "./guard";
import { issueLink } from "./issue-link";
import { ADMIN_ERRORS, type LinkDelivery } from "./types";

/**
 * Forces a new password: the current one stops working at once and the user's open sessions are
 * revoked, and a one-time reset link is mailed or returned to the administrator.
 */
export async function forcePasswordReset(user: SessionUser, id: string): Promise<Result<LinkDelivery>> {
  if (!isAdmin(user)) return fail("forbidden");
  if (id === user.id) return fail("forbidden", ADMIN_ERRORS.selfChange);
  const target = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, language: true, active: true } });
  if (!target) return fail("notFound");
  if (!target.active) return fail("conflict", "admin.errors.userInactive");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { passwordHash: null, mustResetPassword: true } });
    await revokeUserSessions(tx, id);
    await recordAudit({ actorId: user.id, actorEmail: user.email, action: "user.password-reset", entityType: "User", entityId: id }, tx);
  });
  return ok(await issueLink(target, "RESET", user.id));
}

