import "server-only";
import { after } from "next/server";
import { isResetRequestLimited, RESET_REQUEST_POLICY, SELF_SERVICE_RESET_TTL_HOURS } from "@/lib/auth/reset-request-policy";
import { windowStart } from "@/lib/auth/lockout";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { recordAudit } from "../audit";
import { issueLink } from "../admin/issue-link";

export const RESET_REQUEST_ACTION = "auth.password-reset-requested";

export type ResetRequestOutcome = "accepted" | "rate-limited" | "mail-not-configured";

/** Self-service reset works only where the product can send mail; elsewhere an administrator resets. */
export function isSelfServiceResetAvailable(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

/**
 * "Forgot password": records the request (the audit log is also the rate limit's memory), then, after the
 * response is sent, mails a one-hour reset link if the email belongs to an active account that has set a
 * password. The answer is the same whether or not the account exists, and takes the same time: the lookup
 * and the mail happen in `after()`. Earlier open reset links of the user stop working (issueLink).
 */
export async function requestPasswordReset(email: string, ip: string): Promise<ResetRequestOutcome> {
  if (!isSelfServiceResetAvailable()) return "mail-not-configured";
  const now = new Date();
  const since = windowStart(now, RESET_REQUEST_POLICY);
  const [forEmail, fromIp] = await Promise.all([
    db.auditEvent.findMany({ where: { action: RESET_REQUEST_ACTION, actorEmail: email, createdAt: { gte: since } }, select: { createdAt: true } }),
    db.auditEvent.findMany({ where: { action: RESET_REQUEST_ACTION, ip, createdAt: { gte: since } }, select: { createdAt: true } }),
  ]);
  if (isResetRequestLimited({ forEmail: forEmail.map((e) => e.createdAt), fromIp: fromIp.map((e) => e.createdAt) }, now)) {
    return "rate-limited";
  }
  await recordAudit({ actorEmail: email, action: RESET_REQUEST_ACTION, ip });
  after(() => mailResetLink(email));
  return "accepted";
}

async function mailResetLink(email: string): Promise<void> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, language: true, active: true, passwordHash: true, mustResetPassword: true },
  });
  // An invitee who never set a password uses their invitation; a deactivated account gets nothing.
  const isPendingInvitee = user?.passwordHash === null && !user.mustResetPassword;
  if (!user || !user.active || isPendingInvitee) return;
  const delivery = await issueLink(user, "RESET", null, SELF_SERVICE_RESET_TTL_HOURS / 24);
  await recordAudit({ actorId: user.id, actorEmail: user.email, action: "user.reset-link-mailed", entityType: "User", entityId: user.id, details: { delivery: delivery.delivery } });
}
