import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";
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
    console.error("Mail delivery failed:", error instanceof Error ? error.name : "unknown error");
    return { sent: false, reason: "failed" };
  }
}
