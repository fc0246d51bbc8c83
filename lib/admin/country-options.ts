import { COUNTRY_CODES, countryName } from "@/lib/i18n/country-codes";

/** The country list of the agency form, named and sorted in the reader's language. */
export function countryOptions(locale: string): { value: string; label: string }[] {
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}
