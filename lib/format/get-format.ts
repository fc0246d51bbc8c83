import { getLocale } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { createFormat, type Format } from "./create-format";

/** The formatter of the request's language, for server components (the PDF builds its own for `?lang=`). */
export async function getFormat(): Promise<Format> {
  const locale = await getLocale();
  return createFormat(isLocale(locale) ? locale : DEFAULT_LOCALE);
}
