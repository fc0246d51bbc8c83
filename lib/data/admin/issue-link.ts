import "server-only";
import { generateToken, hashToken, tokenExpiry } from "@/lib/admin/tokens";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { buildLinkMessage, type LinkPurpose } from "@/lib/mail/build-message";
import { sendMail } from "@/lib/mail/send-mail";
import type { LinkDelivery } from "./types";

/**
 * Creates a one-time link for the user (only the token's hash is stored; earlier open links of the same
 * purpose stop working) and mails it. Without a mail server, or when delivery fails, the link is returned
 * for the administrator to pass on. The token is never logged nor written to the audit log.
 */
export async function issueLink(
  recipient: { id: string; email: string; name: string; language: string },
  purpose: LinkPurpose,
  /** The administrator who asked for it; null when the user asked for a reset themselves. */
  createdById: string | null,
  ttlDays?: number,
): Promise<LinkDelivery> {
  const now = new Date();
  const token = generateToken();
  const expiresAt = tokenExpiry(now, ttlDays);
  await db.$transaction([
    db.authToken.updateMany({ where: { userId: recipient.id, purpose, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } }),
    db.authToken.create({ data: { tokenHash: hashToken(token), purpose, userId: recipient.id, expiresAt, createdById } }),
  ]);
  const message = buildLinkMessage({ purpose, to: recipient, token, appUrl: getEnv().APP_URL, expiresAt, isSelfService: createdById === null });
  const delivery = await sendMail(message);
  return {
    userId: recipient.id,
    email: recipient.email,
    expiresAt,
    delivery: delivery.sent ? "sent" : delivery.reason,
    link: delivery.sent ? null : message.link,
  };
}
