import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import type { MailMessage } from "./build-message";

export type Delivery = { sent: true } | { sent: false; reason: "not-configured" | "failed" };

/**
 * Sends through SMTP_URL when it is set. Without a mail server the caller shows the link to the
 * administrator instead. Errors are logged without the message (it carries a one-time link).
 */
export async function sendMail(message: MailMessage): Promise<Delivery> {
  const env = getEnv();
  if (!env.SMTP_URL) return { sent: false, reason: "not-configured" };
  try {
    const transport = nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html });
    return { sent: true };
  } catch (error) {
    logger.error({ event: "mail-failed", errorName: error instanceof Error ? error.name : "unknown" }, "mail delivery failed");
    return { sent: false, reason: "failed" };
  }
}
