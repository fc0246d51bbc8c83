import type { Locale } from "@/lib/i18n/locales";
import { optionLabel } from "@/lib/questionnaire/answer-text";
import { getItem } from "@/lib/questionnaire/lookup";
import type { CitationDisplay } from "./citations";

/**
 * The citation display of one locale, from a translator of full catalogue keys (`benchmarks.…`,
 * `instrument.…`): the PDF's translator, or the page's `getTranslations()` without a namespace.
 */
export function createCitationDisplay(
  locale: Locale,
  t: (key: string, values?: Record<string, string | number>) => string,
  percent: (fraction: number) => string,
): CitationDisplay {
  return {
    locale,
    t: (key, values) => t(`benchmarks.${key}`, values),
    percent,
    optionLabel: (itemId, option) => {
      const item = itemId === undefined ? undefined : getItem(itemId);
      // Bounds count answers on the status scale (a statement about a whole dimension too): they read
      // "fully in place or in development", without the question's "Yes, …".
      if (!item || item.kind === "status") return t(`benchmarks.cite.options.${option}`);
      return optionLabel(t, item, option);
    },
  };
}
