import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { getLinkState, LINK_ERRORS } from "@/lib/data/account";
import { MessagesProvider } from "@/lib/i18n/client";
import { getClientMessages } from "@/lib/i18n/client-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { LinkPurpose } from "@/lib/mail/build-message";
import { SetPasswordForm } from "./set-password-form";

/**
 * The language of a link page: the account's own language for a valid link (the invitee may never have
 * used this browser), else the visitor's.
 */
export async function getLinkPageLocale(token: string, purpose: LinkPurpose): Promise<Locale> {
  const link = await getLinkState(token, purpose);
  return isLocale(link.language) ? link.language : ((await getLocale()) as Locale);
}

export async function getLinkPageTitle(token: string, purpose: LinkPurpose): Promise<string> {
  const t = await getTranslations({ locale: await getLinkPageLocale(token, purpose), namespace: "admin.password" });
  return purpose === "INVITE" ? t("inviteTitle") : t("resetTitle");
}

/**
 * The public page behind an invitation or reset link: the password form for a valid link, otherwise one
 * clear message (expired, used, or not valid) that says nothing about which accounts exist.
 */
export async function OneTimeLinkPage({ token, purpose }: { token: string; purpose: LinkPurpose }) {
  const [link, locale] = await Promise.all([getLinkState(token, purpose), getLinkPageLocale(token, purpose)]);
  const t = await getTranslations({ locale });
  return (
    <div lang={locale} className="mx-auto mt-8 max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-semibold">{await getLinkPageTitle(token, purpose)}</h1>
      {link.state === "valid" ? (
        <>
          <p className="mt-2 text-sm text-slate-600">{t("admin.password.forAccount", { email: link.email ?? "" })}</p>
          <MessagesProvider locale={locale} messages={getClientMessages(locale)}>
            <SetPasswordForm token={token} purpose={purpose} />
          </MessagesProvider>
        </>
      ) : (
        <div className="mt-6" data-testid="link-refused">
          <Alert tone="error">{t(LINK_ERRORS[link.state])}</Alert>
        </div>
      )}
    </div>
  );
}
