import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { MAIL_DIR, type CaughtMail } from "./mail-server";

/** The mail the run's SMTP server (e2e/support/mail-server.ts) caught for one address, in arrival order. */
export function mailsTo(address: string): CaughtMail[] {
  const wanted = address.toLowerCase();
  return readdirSync(MAIL_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(MAIL_DIR, file), "utf8")) as CaughtMail)
    .filter((mail) => mail.to.includes(wanted));
}

/** Waits for the `count`-th mail to this address (the app sends after answering the request). */
export async function waitForMail(address: string, count = 1, timeoutMs = 15_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = mailsTo(address);
    if (mails.length >= count) return mails[count - 1]!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No mail #${count} to ${address} within ${timeoutMs} ms`);
}

/** The one-time link in a mail's text part. */
export function linkIn(mail: CaughtMail): string {
  const link = /https?:\/\/\S+\/(?:reset-password|invite)\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  if (!link) throw new Error(`No one-time link in the mail "${mail.subject}"`);
  return link;
}

export type { CaughtMail };
