import { z } from "zod";

/**
 * What a user is shown about where a figure comes from (dataset version 2026.2 on): a citation of the study
 * in the reader's language, how exact the figure is in plain words, and bounds as data. The working notes of
 * the extraction (`source`, `confidence`) stay in the dataset as provenance for coordinators and auditors.
 * Catalogue texts: `benchmarks.citations.*`, `benchmarks.topics.*`, `benchmarks.exactness.*`, `benchmarks.bounds.*`.
 */

/** The studies the built-in datasets cite; their wording in three languages lives in the catalogue. */
export const CITATION_KEYS = [
  "ilo-ap-2023",
  "ilo-ap-2023-presentation",
  "idb-lac-2023",
  "idb-lac-2023-levels",
  "ilo-global-2022",
  "ilo-2020-brief",
] as const;
export type CitationKey = (typeof CITATION_KEYS)[number];

/** Charts and slides of the ILO presentation a figure or statement is read from (added to its citation). */
export const CITATION_TOPICS = [
  "barriers_top8",
  "covid_budgets",
  "strategy_role",
  "organisation_role",
  "front_office_role",
  "data_role",
  "youth_front_office",
  "conclusions",
  "lac_comparison",
] as const;
export type CitationTopic = (typeof CITATION_TOPICS)[number];

export const localizedTextSchema = z.strictObject({
  en: z.string().trim().min(1, { error: "dataset.errors.textMissing" }),
  fr: z.string().trim().min(1, { error: "dataset.errors.textMissing" }),
  es: z.string().trim().min(1, { error: "dataset.errors.textMissing" }),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A known study (`key`, optionally with the chart or slide `topic`), or, for an imported study the catalogue
 * does not know, its citation written out in three languages (`text`, with an optional `url`).
 */
export const citationSchema = z
  .strictObject({
    key: z.enum(CITATION_KEYS, { error: "dataset.errors.unknownCitation" }).optional(),
    topic: z.enum(CITATION_TOPICS, { error: "dataset.errors.unknownCitation" }).optional(),
    text: localizedTextSchema.optional(),
    url: z.url({ error: "dataset.errors.invalidUrl" }).optional(),
  })
  .refine((citation) => (citation.key === undefined) !== (citation.text === undefined), { error: "dataset.errors.citationKeyOrText" });
export type Citation = z.infer<typeof citationSchema>;

/**
 * How exact a figure is, said in plain words to users:
 * `exact_counts` counts of the cohort's PES read from a chart; `study_text` a bound or statement from the
 * study's text (no exact figure published); `reported_mean` a regional mean as reported (no item-level figure).
 */
export const EXACTNESS = ["exact_counts", "study_text", "reported_mean"] as const;
export const exactnessSchema = z.enum(EXACTNESS, { error: "dataset.errors.invalidValue" });
export type Exactness = z.infer<typeof exactnessSchema>;

/**
 * A bound the study publishes instead of a figure, as data: "at most 5 of 11 PES", "fewer than 10% of PES:
 * fully in place or in development". `options` are option ids of the item (shown by their labels); without
 * them the bound is about the item or option it stands beside. `note` adds a fixed, translated qualifier.
 */
export const boundSpecSchema = z
  .strictObject({
    comparison: z.enum(["eq", "lt", "le", "about"], { error: "dataset.errors.invalidValue" }),
    value: z.number({ error: "dataset.errors.notANumber" }).min(0, { error: "dataset.errors.outOfRange" }),
    /** `pes`: `value` PES of `of`; `percent`: `value` % of the cohort's PES. */
    unit: z.enum(["pes", "percent"], { error: "dataset.errors.invalidValue" }),
    of: z.number().int().positive({ error: "dataset.errors.nNotPositive" }).optional(),
    options: z.array(z.string().min(1)).min(1).optional(),
    note: z.enum(["not_in_top_8", "each"], { error: "dataset.errors.invalidValue" }).optional(),
  })
  .refine((bound) => bound.unit === "percent" || (bound.of !== undefined && bound.value <= bound.of), {
    error: "dataset.errors.boundWithoutOf",
  })
  .refine((bound) => bound.unit === "pes" || bound.value <= 100, { error: "dataset.errors.outOfRange" });
export type BoundSpec = z.infer<typeof boundSpecSchema>;

/** The languages a statement's original wording can be in. */
export const originalLanguageSchema = z.enum(["en", "fr", "es"], { error: "dataset.errors.invalidValue" });
