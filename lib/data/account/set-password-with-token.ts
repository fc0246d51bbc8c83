import "server-only";
import { fail, ok, type Result } from "@/lib/result";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, tokenState } from "@/lib/admin/tokens";
import { db } from "@/lib/db";
import type { LinkPurpose } from "@/lib/mail/build-message";
import { recordAudit } from "../audit";
import { revokeUserSessions } from "../sessions";

export const LINK_ERRORS = {
  expired: "admin.errors.linkExpired",
  used: "admin.errors.linkUsed",
  unknown: "admin.errors.linkInvalid",
} as const;

/**
 * Sets the password from a one-time link. The token is spent in the same transaction as the password is
 * written, with a conditional update, so two submissions of one link cannot both succeed.
 */
export async function setPasswordWithToken(token: string, purpose: LinkPurpose, password: string): Promise<Result<{ email: string }>> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const found = await db.authToken.findUnique({
    where: { tokenHash },
    select: { id: true, purpose: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true, active: true } } },
  });
  const matching = found && found.purpose === purpose ? found : null;
  const state = tokenState(matching && { expiresAt: matching.expiresAt, usedAt: matching.usedAt, userActive: matching.user.active }, now);
  if (state !== "valid" || !matching) return fail("notFound", LINK_ERRORS[state === "valid" ? "unknown" : state]);

  const passwordHash = await hashPassword(password);
  const spent = await db.$transaction(async (tx) => {
    const claimed = await tx.authToken.updateMany({ where: { id: matching.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return false;
    // Other open links of this user stop working: the password is now set.
    await tx.authToken.updateMany({ where: { userId: matching.userId, usedAt: null }, data: { expiresAt: now } });
    await tx.user.update({ where: { id: matching.userId }, data: { passwordHash, mustResetPassword: false } });
    // Sessions opened before the reset (a stolen one included) do not come back with the new password.
    await revokeUserSessions(tx, matching.userId);
    await recordAudit(
      { actorId: matching.userId, actorEmail: matching.user.email, action: "user.password-set", entityType: "User", entityId: matching.userId, details: { via: purpose } },
      tx,
    );
    return true;
  });
  return spent ? ok({ email: matching.user.email }) : fail("conflict", LINK_ERRORS.used);
}
