import type { Citation, Exactness, LocalizedText } from "@/lib/benchmarks/citation-schema";
import type { Bound, LocalizedName } from "@/lib/benchmarks/dataset-schema";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { ItemPoints } from "./points";
import type { Stage } from "./stages";

/**
 * The result of the scoring engine: one plain, JSON-serialisable object holding everything the results
 * page and the PDF show. It is stored as the assessment's snapshot (methodology §7), and both render from
 * it without recomputing. Scores keep full precision; round only for display.
 */
export type AssessmentScores = {
  scoringModelVersion: string;
  instrumentVersion: string;
  /** `{ datasetId: datasetVersion }` of every dataset compared with. */
  datasetVersions: Record<string, string>;
  dimensions: Record<DimensionId, DimensionScore>;
  indices: Record<IndexId, IndexScore>;
  /** One block per benchmark dataset, in the order the datasets were given. */
  comparisons: DatasetComparison[];
};

export type DimensionScore = {
  dimension: DimensionId;
  /** 0–100 = 100 × sumPoints / (3 × answeredWithPoints); `null` when insufficient. */
  score: number | null;
  status: "scored" | "insufficient";
  stage: Stage | null;
  /** IDB-comparable level (1–5) = 1 + 4 × score / 100, indicative only. */
  idbLevel: number | null;
  sumPoints: number;
  answeredWithPoints: number;
  /** Scored items of the dimension (its context items are not scored). */
  itemCount: number;
  items: ItemPoints[];
};

export type IndexId = "digital_maturity" | "youth_readiness";

export type IndexScore = {
  index: IndexId;
  /** Mean of the scored dimension scores (0–100); `null` when fewer than `dimensionsRequired` are scored. */
  value: number | null;
  stage: Stage | null;
  dimensionsScored: number;
  dimensionsRequired: number;
  dimensions: DimensionId[];
};

/** Who a figure describes: carried by every figure, so none is shown without its provenance. */
export type CohortRef = {
  datasetId: string;
  datasetVersion: string;
  name: LocalizedName;
  region: string;
  surveyYear: number;
  /** `null`: "n not published" (then `nNote` says what is known). */
  n: number | null;
  nNote: string | null;
  /** The study the dataset comes from (provenance; users see `citation` where the dataset has one). */
  source: string;
  /** The study as users see it cited (datasets from 2026.2 on). */
  citation?: Citation;
  /** What users read about an unpublished n, in three languages (2026.2 on). */
  nNoteText?: LocalizedText;
};

type FigureBase = {
  cohort: CohortRef;
  /** Where in the study this figure is read (provenance for auditors, never shown to users as such). */
  source: string;
  confidence: string | null;
  /** The citation users see, and how exact the figure is in plain words (datasets from 2026.2 on). */
  citation?: Citation;
  exactness?: Exactness;
};

export type DistributionOption = {
  option: string;
  /** `null`: the study gives no share for this option (never read as 0). */
  share: number | null;
  count: number | null;
  points: number | null;
  isAgencyAnswer: boolean;
};

/** A single-answer item (status, adoption, budget or single choice) with the cohort's answer shares. */
export type DistributionComparison = FigureBase & {
  kind: "distribution";
  itemId: string;
  scale: "status" | "adoption" | "budget" | "single";
  answer: string | null;
  /** In the order of the scale. */
  options: DistributionOption[];
  /** 0–1: Σ share × points / 3 over the options with points (scored scales only). */
  cohortMeanItemScore: number | null;
  /** Share of the cohort whose answer has at least the agency's points; `null` without agency points. */
  shareAtOrAbove: number | null;
};

export type MultiOption = {
  option: string;
  share: number | null;
  count: number | null;
  /** Bound published instead of a share: structured (2026.2 on) or the source's text (2026.1). */
  bound: Bound | null;
  ticked: boolean;
};

/** A tick-all item: per option, the cohort's share beside whether the agency ticked it. */
export type MultiComparison = FigureBase & {
  kind: "multi";
  itemId: string;
  answered: boolean;
  /** The item's options in instrument order. */
  options: MultiOption[];
};

/** Only a bound is published for the item; shown as text beside the agency's answer. */
export type BoundComparison = FigureBase & {
  kind: "bound";
  itemId: string;
  answer: string | string[] | number | null;
  bound: Bound;
};

export type ItemFigureComparison = DistributionComparison | MultiComparison | BoundComparison;

/** A finding of the study shown as context; `fr`/`es` are `null` when the study gives none (UI falls back to English). */
export type StatementRef = {
  cohort: CohortRef;
  bound: Bound | null;
  text: { en: string; fr: string | null; es: string | null };
  source: string;
  originalLanguage?: "en" | "fr" | "es";
  citation?: Citation;
  exactness?: Exactness;
};

export type ItemComparison = {
  itemId: string;
  /** `null`: no reference figure for this item in this dataset. */
  figure: ItemFigureComparison | null;
  statements: StatementRef[];
};

/** The dataset's published mean level (1–5) against the agency's IDB-comparable level (indicative). */
export type PublishedLevelComparison = FigureBase & {
  level: number;
  scale: string;
  /** The scale in the reader's language (2026.2 on); `scale` stays as provenance. */
  scaleText?: LocalizedText;
  agencyLevel: number | null;
  /** agencyLevel − level, in level points (positive: the agency is ahead); `null` when not scored. */
  gap: number | null;
};

/** The mean of the cohort item scores × 100, against the agency's dimension score (same 0–100 scale). */
export type ItemDistributionsComparison = {
  cohort: CohortRef;
  cohortScore: number;
  itemsWithDistribution: number;
  itemCount: number;
  agencyScore: number | null;
  /** agencyScore − cohortScore, in score points (positive: the agency is ahead). */
  gap: number | null;
  sources: string[];
  /** The citations of the figures averaged (datasets from 2026.2 on). */
  citations?: Citation[];
};

export type DimensionComparison = {
  dimension: DimensionId;
  /** Which figure is the comparison; `null`: no reference figure for this dimension. */
  basis: "item_distributions" | "published_level" | null;
  publishedLevel: PublishedLevelComparison | null;
  itemDistributions: ItemDistributionsComparison | null;
  statements: StatementRef[];
};

export type DatasetComparison = {
  cohort: CohortRef;
  /** What the study has but this dataset version lacks. */
  unavailable: string | null;
  /** The same, said plainly to users in three languages (2026.2 on). */
  unavailableText?: LocalizedText;
  /** Every item of the instrument, keyed by item id (`figure: null` where the dataset has none). */
  items: Record<string, ItemComparison>;
  dimensions: Record<DimensionId, DimensionComparison>;
};
