import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A local SMTP server that catches the app's mail (scripts/e2e-server.sh points SMTP_URL at it). Plain SMTP
 * without STARTTLS or authentication: it only listens on 127.0.0.1, for the duration of a spec.
 */
export const MAILBOX_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);

export type CaughtMail = { to: string[]; subject: string; text: string; html: string };

export class Mailbox {
  private readonly mails: CaughtMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const to = [mail.to].flat().flatMap((address) => address?.value.map((entry) => entry.address ?? "") ?? []);
          this.mails.push({ to, subject: mail.subject ?? "", text: mail.text ?? "", html: typeof mail.html === "string" ? mail.html : "" });
          callback();
        })
        .catch(callback);
    },
  });

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(MAILBOX_PORT, "127.0.0.1", () => resolve());
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Every mail caught so far for this address. */
  mailsTo(address: string): CaughtMail[] {
    return this.mails.filter((mail) => mail.to.includes(address));
  }

  /** Waits for the `count`-th mail to this address (the app sends after answering the request). */
  async waitForMail(address: string, count = 1, timeoutMs = 15_000): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const mails = this.mailsTo(address);
      if (mails.length >= count) return mails[count - 1]!;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No mail #${count} to ${address} within ${timeoutMs} ms`);
  }
}

/** The one-time link in a mail's text part. */
export function linkIn(mail: CaughtMail): string {
  const link = /https?:\/\/\S+\/(?:reset-password|invite)\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  if (!link) throw new Error(`No one-time link in the mail "${mail.subject}"`);
  return link;
}
