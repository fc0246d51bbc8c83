import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getMessages } from "./messages";
import { LOCALE_COOKIE, isLocale, matchAcceptLanguage, type Locale } from "./locales";

/** The locale of a request: the remembered choice (cookie, set from the user's profile at sign-in), else the browser's. */
export async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return matchAcceptLanguage((await headers()).get("accept-language"));
}

// An explicit locale (`getTranslations({ locale })`, e.g. a link page in the account's language) wins.
export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit) ? explicit : await resolveLocale();
  return { locale, messages: getMessages(locale), timeZone: "UTC" };
});
