import type { Locale } from "@/lib/i18n/locales";

/**
 * Display rounding of the methodology: scores to whole numbers, 1–5 levels to one decimal, shares to
 * whole percent. Values are stored with full precision; only what is printed is rounded.
 */
export function createReportFormat(locale: Locale) {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: "exceptZero" });
  const signedOneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const regionNames = new Intl.DisplayNames([locale], { type: "region" });
  return {
    score: (value: number) => whole.format(Math.round(value)),
    level: (value: number) => oneDecimal.format(value),
    share: (value: number) => percent.format(value),
    gap: (value: number) => signed.format(Math.round(value)),
    levelGap: (value: number) => signedOneDecimal.format(value),
    date: (value: Date) => date.format(value),
    country: (code: string) => regionNames.of(code.toUpperCase()) ?? code,
  };
}

export type ReportFormat = ReturnType<typeof createReportFormat>;
