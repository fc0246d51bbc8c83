import { getItem } from "@/lib/questionnaire/lookup";
import type { Locale } from "@/lib/i18n/locales";
import type { CohortRef } from "@/lib/scoring/types";

/**
 * Translation helpers of the results views (server components). Message keys built from item and option
 * ids are not literal types, so the typed `t` is narrowed to a plain signature here, in one place.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function asTranslate(t: unknown): Translate {
  return t as Translate;
}

/** `instrument.items.<section>.<name>.label` for an item id `<section>.<name>`. */
export function itemLabel(tInstrument: Translate, itemId: string): string {
  return tInstrument(`items.${itemId}.label`);
}

/** An option's wording: the scale's for status/adoption/budget, the item's own list otherwise. */
export function optionLabel(tInstrument: Translate, itemId: string, option: string): string {
  const item = getItem(itemId);
  if (!item) return option;
  if (item.kind === "status" || item.kind === "adoption" || item.kind === "budget") return tInstrument(`scales.${item.kind}.${option}`);
  if (option === "other") return tInstrument("other");
  if (item.kind === "single" || item.kind === "multi") return tInstrument(`items.${itemId}.options.${option}`);
  return option;
}

/** An answer as text: options translated; lists joined; numbers and free text as given. */
export function answerText(tInstrument: Translate, itemId: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((option) => optionLabel(tInstrument, itemId, String(option))).join("; ");
  if (typeof value === "number") return String(value);
  const item = getItem(itemId);
  if (item?.kind === "text") return String(value);
  return optionLabel(tInstrument, itemId, String(value));
}

export function cohortName(cohort: CohortRef, locale: Locale): string {
  return cohort.name[locale] ?? cohort.name.en;
}
