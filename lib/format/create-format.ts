import type { Locale } from "@/lib/i18n/locales";

const formats = new Map<Locale, Format>();

/**
 * THE formatter of every number and date a user reads, used by the results page, the PDF report and the
 * chart geometry they share, so the page and the PDF can never print the same figure differently.
 *
 * Display rounding of the methodology: scores to whole numbers, 1–5 levels to one decimal, shares to whole
 * percent. Values are stored with full precision; only what is printed is rounded. Counts are not formatted
 * here: they go through ICU plural messages (`{count, plural, one {# point} other {# points}}`), which
 * format the number with the same locale rules.
 */
export function createFormat(locale: Locale): Format {
  // Built once per language: the Intl constructors are slow (a results page asks for the format dozens of
  // times; building it each time cost ~75 ms of CPU per page) and a format holds no state.
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = buildFormat(locale)));
  return format;
}

function buildFormat(locale: Locale) {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const signedWhole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: "exceptZero" });
  const signedOneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  // A value that rounds to zero is printed unsigned ("0", not "+0" or "-0").
  const signed = (format: Intl.NumberFormat, value: number, digits: number) => {
    const rounded = Number(value.toFixed(digits));
    return format.format(rounded === 0 ? 0 : rounded);
  };
  return {
    locale,
    /** A 0–100 score: "67". */
    score: (value: number) => whole.format(Math.round(value)),
    /** A score with one decimal, for the arithmetic behind a score: "66,7". */
    exactScore: (value: number) => oneDecimal.format(value),
    /** A 1–5 maturity level: "3.2" / "3,2". */
    level: (value: number) => oneDecimal.format(value),
    /** A share of a cohort (0–1): "64%" / "64 %". */
    share: (value: number) => percent.format(value),
    /** A gap in score points, signed: "+12", "-3", "0". */
    gap: (value: number) => signed(signedWhole, value, 0),
    /** A gap in maturity levels, signed: "+1.1" / "+1,1". */
    levelGap: (value: number) => signed(signedOneDecimal, value, 1),
    /** A plain whole number as entered (ages, years are printed as given; this is for computed values). */
    number: (value: number) => whole.format(value),
    /** A calendar date in UTC (the day a snapshot was stored does not depend on the server's zone). */
    date: (value: Date) => longDate.format(value),
  };
}

export type Format = ReturnType<typeof buildFormat>;
