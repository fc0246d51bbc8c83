import type { Locale } from "@/lib/i18n/locales";
import type { StatementRef } from "@/lib/scoring/types";
import type { LocalizedText } from "./citation-schema";
import { BUILTIN_DATASET_VERSION, getBuiltinDatasets } from "./builtin";

/**
 * A study's statement in the reader's language. Statements stored by reports made with dataset version
 * 2026.1 had no French or Spanish for some findings; the same finding (same English wording, same dataset)
 * is translated in the current built-in version, and that translation is used. `isFallback` is left only
 * for an imported dataset that gives no translation: the page then says the text is in English.
 */
export function statementText(statement: StatementRef, locale: Locale): { text: string; isFallback: boolean } {
  const own = statement.text[locale];
  if (own) return { text: own, isFallback: false };
  const current = getBuiltinDatasets(BUILTIN_DATASET_VERSION)
    .find((dataset) => dataset.id === statement.cohort.datasetId)
    ?.statements?.find((candidate) => candidate.en === statement.text.en)?.[locale];
  return current ? { text: current, isFallback: false } : { text: statement.text.en, isFallback: true };
}

/**
 * What a dataset version lacks, said plainly in the reader's language; for a report made with 2026.1 (whose
 * text was a working note), the current built-in wording of the same dataset. `null`: nothing to say in
 * this language (an imported dataset's note is provenance, shown on the dataset pages).
 */
export function unavailableText(
  comparison: { cohort: { datasetId: string }; unavailable: string | null; unavailableText?: LocalizedText },
  locale: Locale,
): string | null {
  if (comparison.unavailableText) return comparison.unavailableText[locale];
  if (comparison.unavailable === null) return null;
  const current = getBuiltinDatasets(BUILTIN_DATASET_VERSION).find((dataset) => dataset.id === comparison.cohort.datasetId);
  return current?.unavailableText?.[locale] ?? null;
}

/** What is known about an unpublished n, in the reader's language (a 2026.1 report: the current wording). */
export function nNoteText(cohort: { datasetId: string; n: number | null; nNoteText?: LocalizedText }, locale: Locale): string | null {
  if (cohort.n !== null) return null;
  const text = cohort.nNoteText ?? getBuiltinDatasets(BUILTIN_DATASET_VERSION).find((dataset) => dataset.id === cohort.datasetId)?.nNoteText;
  return text?.[locale] ?? null;
}
