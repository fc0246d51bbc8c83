import { createTranslator } from "next-intl";
import { getMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

type Values = Record<string, string | number>;

/**
 * A translator for an explicit locale (the report's `?lang=`, whatever the interface language), over every
 * namespace the report reads: report, instrument, recommendations, common, benchmarks. Keys built from ids
 * (items, options, dimensions) cannot be checked by the compiler, so a missing key throws here instead of
 * printing the key into a document sent to a ministry.
 */
export type ReportTranslator = {
  (key: string, values?: Values): string;
  has: (key: string) => boolean;
  locale: Locale;
};

export function createReportTranslator(locale: Locale): ReportTranslator {
  const t = createTranslator({
    locale,
    messages: getMessages(locale),
    onError: (error) => {
      throw error;
    },
  });
  // Report keys are built at run time (dimensions, cohorts, items); the catalogue tests check they exist.
  const untyped = t as unknown as { (key: string, values?: Values): string; has: (key: string) => boolean };
  const translate = (key: string, values?: Values) => untyped(key, values);
  return Object.assign(translate, { has: (key: string) => untyped.has(key), locale });
}
