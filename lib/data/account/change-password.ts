import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { revokeUserSessions } from "../sessions";

/** A signed-in user changes their own password; the current one must be given. */
export async function changePassword(user: SessionUser, currentPassword: string, password: string): Promise<Result> {
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!account || !(await verifyPassword(currentPassword, account.passwordHash))) {
    return fail("invalid", "admin.errors.wrongPassword", { fieldErrors: { currentPassword: ["admin.errors.wrongPassword"] } });
  }
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustResetPassword: false } });
    // Other browsers signed in with the old password are signed out; this one stays.
    await revokeUserSessions(tx, user.id, user.sessionId);
    await recordAudit({ actorId: user.id, actorEmail: user.email, action: "user.password-set", entityType: "User", entityId: user.id, details: { via: "account" } }, tx);
  });
  return ok(undefined);
}
