import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * One local SMTP server for the whole run (Playwright's global setup), on E2E_SMTP_PORT, where
 * scripts/e2e-server.sh points the app's SMTP_URL. Each caught mail is written as a JSON file under
 * E2E_MAIL_DIR, so journeys in any worker read their own mail (e2e/support/mailbox.ts) by address.
 * Recipients whose address starts with "undeliverable-" are refused: the app then shows the one-time link
 * to the admin, as it does without a mail server (admin.spec.ts relies on it).
 */
export const MAIL_DIR = process.env.E2E_MAIL_DIR ?? "e2e/.tmp/mail";
export const UNDELIVERABLE_PREFIX = "undeliverable-";

export type CaughtMail = { to: string[]; subject: string; text: string; html: string };

let sequence = 0;

export default async function startMailServer(): Promise<() => Promise<void>> {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      if (address.address.toLowerCase().startsWith(UNDELIVERABLE_PREFIX)) callback(new Error("Mailbox unavailable"));
      else callback();
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const to = [mail.to].flat().flatMap((address) => address?.value.map((entry) => (entry.address ?? "").toLowerCase()) ?? []);
          const caught: CaughtMail = { to, subject: mail.subject ?? "", text: mail.text ?? "", html: typeof mail.html === "string" ? mail.html : "" };
          sequence += 1;
          // Written aside, then renamed: a reader never sees half a file.
          const file = path.join(MAIL_DIR, `${Date.now()}-${String(sequence).padStart(6, "0")}.json`);
          writeFileSync(`${file}.part`, JSON.stringify(caught));
          renameSync(`${file}.part`, file);
          callback();
        })
        .catch(callback);
    },
  });
  const port = Number(process.env.E2E_SMTP_PORT ?? 2525);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
