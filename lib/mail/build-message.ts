import { createTranslator } from "next-intl";
import { getMessages } from "@/lib/i18n/messages";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";

export type LinkPurpose = "INVITE" | "RESET";

export type LinkMessageInput = {
  purpose: LinkPurpose;
  /** A reset the user asked for ("Forgot password?"): their password still works until they choose a new one. */
  isSelfService?: boolean;
  to: { email: string; name: string; language: string };
  /** The one-time token; the link is built from it and the application's public URL. */
  token: string;
  appUrl: string;
  expiresAt: Date;
};

export type MailMessage = { to: string; subject: string; text: string; html: string; link: string };

const PATHS = { INVITE: "invite", RESET: "reset-password" } as const satisfies Record<LinkPurpose, string>;

export function buildLink(purpose: LinkPurpose, token: string, appUrl: string): string {
  // Relative to APP_URL with a trailing slash, so an installation served under a sub-path keeps it.
  return new URL(`${PATHS[purpose]}/${encodeURIComponent(token)}`, appUrl.endsWith("/") ? appUrl : `${appUrl}/`).toString();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * The invitation or password-reset email in the recipient's language: a pure function of its input, so the
 * exact message can be tested without a mail server.
 */
export function buildLinkMessage(input: LinkMessageInput): MailMessage {
  const locale = isLocale(input.to.language) ? input.to.language : DEFAULT_LOCALE;
  const messages = getMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "admin.mail" });
  const appName = messages.common.appName;
  const link = buildLink(input.purpose, input.token, input.appUrl);
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(input.expiresAt);
  const kind = input.purpose === "INVITE" ? "invite" : input.isSelfService ? "selfReset" : "reset";

  const subject = t(`${kind}.subject`, { appName });
  const greeting = t("greeting", { name: input.to.name });
  const intro = t(`${kind}.intro`, { appName });
  const action = t(`${kind}.action`);
  const expiry = t("expiry", { date: `${expires} UTC` });
  const ignore = t(`${kind}.ignore`);

  const text = [greeting, "", intro, "", `${action}:`, link, "", expiry, ignore, "", appName].join("\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(expiry)}<br>${escapeHtml(ignore)}</p>`,
    `<p>${escapeHtml(appName)}</p>`,
  ].join("\n");

  return { to: input.to.email, subject, text, html, link };
}
