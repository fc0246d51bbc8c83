import { z } from "zod";
import { boundSpecSchema, citationSchema, exactnessSchema, localizedTextSchema } from "@/lib/benchmarks/citation-schema";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { INDEX_IDS } from "./indices";
import { SCORING_MODEL_VERSION } from "./score-assessment";
import { STAGES } from "./stages";
import type { AssessmentScores } from "./types";

/**
 * The stored form of the scoring engine's result (a snapshot's `scores`), as a zod schema: a snapshot is
 * read back through it (lib/data/snapshots/read-snapshot.ts), never cast. The type check at the bottom
 * fails the build when this schema and `AssessmentScores` drift apart.
 */

/** Scoring models whose snapshots this code can read. A new model adds its version here once its reader exists. */
export const READABLE_SCORING_MODELS = [SCORING_MODEL_VERSION] as const;

const stage = z.enum(STAGES);
const nullableNumber = z.number().nullable();
const localizedName = z.object({ en: z.string(), fr: z.string(), es: z.string() });

const cohortRef = z.object({
  datasetId: z.string(),
  datasetVersion: z.string(),
  name: localizedName,
  region: z.string(),
  surveyYear: z.number(),
  n: nullableNumber,
  nNote: z.string().nullable(),
  source: z.string(),
  // Fields added with dataset version 2026.2: optional, so snapshots made before still read; listed here
  // because z.object drops any field it does not name.
  citation: citationSchema.optional(),
  nNoteText: localizedTextSchema.optional(),
});
const bound = z.union([z.string(), boundSpecSchema]);
const cited = { citation: citationSchema.optional(), exactness: exactnessSchema.optional() };
const figureBase = { cohort: cohortRef, source: z.string(), confidence: z.string().nullable(), ...cited };

const distribution = z.object({
  ...figureBase,
  kind: z.literal("distribution"),
  itemId: z.string(),
  scale: z.enum(["status", "adoption", "budget", "single"]),
  answer: z.string().nullable(),
  options: z.array(
    z.object({ option: z.string(), share: nullableNumber, count: nullableNumber, points: nullableNumber, isAgencyAnswer: z.boolean() }),
  ),
  cohortMeanItemScore: nullableNumber,
  shareAtOrAbove: nullableNumber,
});
const multi = z.object({
  ...figureBase,
  kind: z.literal("multi"),
  itemId: z.string(),
  answered: z.boolean(),
  options: z.array(z.object({ option: z.string(), share: nullableNumber, count: nullableNumber, bound: bound.nullable(), ticked: z.boolean() })),
});
const boundFigure = z.object({
  ...figureBase,
  kind: z.literal("bound"),
  itemId: z.string(),
  answer: z.union([z.string(), z.array(z.string()), z.number()]).nullable(),
  bound,
});
const statement = z.object({
  cohort: cohortRef,
  bound: bound.nullable(),
  text: z.object({ en: z.string(), fr: z.string().nullable(), es: z.string().nullable() }),
  source: z.string(),
  originalLanguage: z.enum(["en", "fr", "es"]).optional(),
  ...cited,
});

const dimensionScore = z.object({
  dimension: z.enum(DIMENSION_IDS),
  score: nullableNumber,
  status: z.enum(["scored", "insufficient"]),
  stage: stage.nullable(),
  idbLevel: nullableNumber,
  sumPoints: z.number(),
  answeredWithPoints: z.number(),
  itemCount: z.number(),
  items: z.array(z.object({ itemId: z.string(), answer: z.string().nullable(), points: nullableNumber })),
});
const indexScore = z.object({
  index: z.enum(INDEX_IDS),
  value: nullableNumber,
  stage: stage.nullable(),
  dimensionsScored: z.number(),
  dimensionsRequired: z.number(),
  dimensions: z.array(z.enum(DIMENSION_IDS)),
});

const dimensionComparison = z.object({
  dimension: z.enum(DIMENSION_IDS),
  basis: z.enum(["item_distributions", "published_level"]).nullable(),
  publishedLevel: z
    .object({ ...figureBase, level: z.number(), scale: z.string(), scaleText: localizedTextSchema.optional(), agencyLevel: nullableNumber, gap: nullableNumber })
    .nullable(),
  itemDistributions: z
    .object({
      cohort: cohortRef,
      cohortScore: z.number(),
      itemsWithDistribution: z.number(),
      itemCount: z.number(),
      agencyScore: nullableNumber,
      gap: nullableNumber,
      sources: z.array(z.string()),
      citations: z.array(citationSchema).optional(),
    })
    .nullable(),
  statements: z.array(statement),
});

export const assessmentScoresSchema = z.object({
  scoringModelVersion: z.string(),
  instrumentVersion: z.string(),
  datasetVersions: z.record(z.string(), z.string()),
  dimensions: z.record(z.enum(DIMENSION_IDS), dimensionScore),
  indices: z.record(z.enum(INDEX_IDS), indexScore),
  comparisons: z.array(
    z.object({
      cohort: cohortRef,
      unavailable: z.string().nullable(),
      unavailableText: localizedTextSchema.optional(),
      items: z.record(
        z.string(),
        z.object({ itemId: z.string(), figure: z.discriminatedUnion("kind", [distribution, multi, boundFigure]).nullable(), statements: z.array(statement) }),
      ),
      dimensions: z.record(z.enum(DIMENSION_IDS), dimensionComparison),
    }),
  ),
});

export const datasetVersionsSchema = z.record(z.string(), z.string());

// Compile-time guard: the schema accepts exactly the engine's result type (both directions).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesEngine: Same<z.infer<typeof assessmentScoresSchema>, AssessmentScores> = true;
void schemaMatchesEngine;
