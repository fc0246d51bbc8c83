import { getLocale, getTranslations } from "next-intl/server";
import { createCitationDisplay } from "@/lib/benchmarks/citation-display";
import type { CitationDisplay } from "@/lib/benchmarks/citations";
import { getFormat } from "@/lib/format/get-format";
import type { Locale } from "@/lib/i18n/locales";
import { asTranslate } from "./labels";

/** The page's citation display (server components): the same wording as the PDF's, in the page's language. */
export async function getCitationDisplay(): Promise<CitationDisplay> {
  const [t, f, locale] = await Promise.all([getTranslations(), getFormat(), getLocale()]);
  return createCitationDisplay(locale as Locale, asTranslate(t), f.share);
}
