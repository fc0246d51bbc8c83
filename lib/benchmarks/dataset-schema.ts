import { z } from "zod";
import { checkDatasetAgainstInstrument } from "./check-dataset";
import { boundSpecSchema, citationSchema, exactnessSchema, localizedTextSchema, originalLanguageSchema } from "./citation-schema";

/**
 * A benchmark dataset (a cohort of PES from one study): versioned data in which every figure carries its
 * source. Nothing is estimated: a figure the study does not give is absent, and the product shows
 * "no reference figure" (methodology §4). Built-in datasets and imported ones pass this same schema.
 *
 * Error messages are keys of the `benchmarks` message namespace (`dataset.errors.*`); custom issues
 * carry their values in `params`.
 */

const sourceSchema = z
  .string({ error: "dataset.errors.sourceMissing" })
  .trim()
  .min(1, { error: "dataset.errors.sourceMissing" });

const textSchema = z.string().trim().min(1, { error: "dataset.errors.textMissing" });

/** A share is a fraction of the cohort's n (0 to 1), never a percentage. */
const shareSchema = z
  .number({ error: "dataset.errors.notANumber" })
  .min(0, { error: "dataset.errors.shareOutOfRange" })
  .max(1, { error: "dataset.errors.shareOutOfRange" });

const countSchema = z
  .number({ error: "dataset.errors.notANumber" })
  .int({ error: "dataset.errors.countNotWhole" })
  .min(0, { error: "dataset.errors.countNotWhole" });

const sharesSchema = z.record(z.string(), shareSchema);

/**
 * A published bound: structured (dataset version 2026.2 on, rendered as a sentence from the option labels)
 * or, in datasets made before, the source's text kept as it was published.
 */
const boundSchema = z.union([textSchema, boundSpecSchema], { error: "dataset.errors.invalidBound" });

/** What users see about a figure's origin (2026.2 on); `source`/`confidence` stay as provenance. */
const citedFields = { citation: citationSchema.optional(), exactness: exactnessSchema.optional() };
const countsSchema = z.record(z.string(), countSchema);

/** Single-answer item (status, adoption, budget or single choice): shares of the cohort per option. */
export const distributionFigureSchema = z.strictObject({
  kind: z.literal("distribution"),
  shares: sharesSchema,
  counts: countsSchema.optional(),
  confidence: textSchema.optional(),
  source: sourceSchema,
  ...citedFields,
});

/** Tick-all-that-apply item: per option, the share of cohort PES that ticked it (shares need not sum to 1). */
export const multiFigureSchema = z.strictObject({
  kind: z.literal("multi"),
  shares: sharesSchema,
  counts: countsSchema.optional(),
  /** Options the source only bounds (e.g. at most 5 of 11, not among the top 8). */
  bounds: z.record(z.string(), boundSchema).optional(),
  confidence: textSchema.optional(),
  source: sourceSchema,
  ...citedFields,
});

/** Only a bound is published for the item (e.g. "fully_in_place = 0"), kept as the source's text. */
export const boundFigureSchema = z.strictObject({
  kind: z.literal("bound"),
  bound: boundSchema,
  source: sourceSchema,
  ...citedFields,
});

export const itemFigureSchema = z.discriminatedUnion(
  "kind",
  [distributionFigureSchema, multiFigureSchema, boundFigureSchema],
  { error: "dataset.errors.unknownFigureKind" },
);

/** A published mean maturity level (1–5, IDB framework). */
export const dimensionLevelSchema = z.strictObject({
  level: z
    .number({ error: "dataset.errors.notANumber" })
    .min(1, { error: "dataset.errors.levelOutOfRange" })
    .max(5, { error: "dataset.errors.levelOutOfRange" }),
});

export const dimensionsMetaSchema = z.strictObject(
  {
    scale: textSchema,
    confidence: textSchema.optional(),
    source: sourceSchema,
    /** The scale in three languages, for users (`scale` stays as provenance). */
    scaleText: localizedTextSchema.optional(),
    ...citedFields,
  },
  // Published levels need their provenance (scale and source) like any other figure.
  { error: (issue) => (issue.code === "invalid_type" ? "dataset.errors.levelsWithoutSource" : undefined) },
);

/** Keyed by dimension id (checked against the instrument), plus `_meta` for the levels' provenance. */
export const datasetDimensionsSchema = z
  .object({ _meta: dimensionsMetaSchema })
  .catchall(dimensionLevelSchema);

export const statementSchema = z.strictObject({
  item: z.string().optional(),
  dimension: z.string().optional(),
  bound: boundSchema.optional(),
  en: textSchema,
  fr: textSchema.optional(),
  es: textSchema.optional(),
  /** The language the study worded it in (the others are translations); said once, in the dataset. */
  originalLanguage: originalLanguageSchema.optional(),
  source: sourceSchema,
  citation: citationSchema.optional(),
  exactness: exactnessSchema.optional(),
});

export const localizedNameSchema = z.strictObject({ en: textSchema, fr: textSchema, es: textSchema });

const datasetShapeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "dataset.errors.invalidId" }),
  name: localizedNameSchema,
  region: textSchema,
  surveyYear: z.number().int().min(1990, { error: "dataset.errors.yearOutOfRange" }).max(2100, {
    error: "dataset.errors.yearOutOfRange",
  }),
  /** Number of PES in the cohort; `null` when the source does not publish it (say so in `nNote`). */
  n: z.number().int().positive({ error: "dataset.errors.nNotPositive" }).nullable(),
  nNote: textSchema.optional(),
  /** What users read about n when it is not published, in three languages (`nNote` stays as provenance). */
  nNoteText: localizedTextSchema.optional(),
  members: z.array(textSchema).optional(),
  source: sourceSchema,
  /** The study as users see it cited (2026.2 on); `source` stays as provenance. */
  citation: citationSchema.optional(),
  datasetVersion: z.string().trim().min(1, { error: "dataset.errors.versionMissing" }),
  items: z.record(z.string(), itemFigureSchema).optional(),
  dimensions: datasetDimensionsSchema.optional(),
  statements: z.array(statementSchema).optional(),
  /** What the source has but this version lacks (shown so that a gap reads as a gap, not as zero). */
  unavailable: textSchema.optional(),
  /** The same gap said plainly to users, in three languages, without extraction notes. */
  unavailableText: localizedTextSchema.optional(),
});

/** The dataset schema used for built-in datasets, imports and stored versions alike. */
export const datasetSchema = datasetShapeSchema.superRefine(checkDatasetAgainstInstrument);

export type Dataset = z.infer<typeof datasetSchema>;
export type ItemFigure = z.infer<typeof itemFigureSchema>;
export type DistributionFigure = z.infer<typeof distributionFigureSchema>;
export type MultiFigure = z.infer<typeof multiFigureSchema>;
export type BoundFigure = z.infer<typeof boundFigureSchema>;
export type DatasetDimensions = z.infer<typeof datasetDimensionsSchema>;
export type DimensionsMeta = z.infer<typeof dimensionsMetaSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type LocalizedName = z.infer<typeof localizedNameSchema>;
export type Bound = z.infer<typeof boundSchema>;
export type DatasetShape = z.infer<typeof datasetShapeSchema>;

/** The published levels of a dataset, dimension by dimension (`_meta` is their provenance, not a level). */
export function listPublishedLevels(dataset: Pick<Dataset, "dimensions">): [dimension: string, level: number][] {
  return Object.entries(dataset.dimensions ?? {}).flatMap(([key, figure]) =>
    key !== "_meta" && "level" in figure ? [[key, figure.level] as [string, number]] : [],
  );
}
