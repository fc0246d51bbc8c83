import type { Dataset } from "@/lib/benchmarks/dataset-schema";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { IndexId } from "@/lib/scoring/types";
import { MIN_LIVE_COHORT, type LiveCohortFigure } from "@/lib/scoring/live-cohort";
import { liveItemDistributions, type LiveItemCounts, type LiveItemDistribution } from "@/lib/scoring/live-items";
import { RECOMMENDATIONS, type RecommendationId } from "@/lib/scoring/recommendations";
import type { Stage } from "@/lib/scoring/stages";

/**
 * The regional report (the study regenerated from approved assessments): what the page and the PDF show
 * for one region and round, as plain data. Every figure comes from at least 5 agencies; below that the
 * report gives participation only. No agency is named, except in the annex of agencies that consented,
 * and only when the coordinator asks for it.
 */
export type RegionalDimension = {
  dimension: DimensionId;
  /** Median and min–max of the scored agencies; `null` below 5 scored. */
  figure: LiveCohortFigure | null;
  /** How many agencies reached each stage; `null` below 5 scored (a stage of 1 could point at an agency). */
  stages: Record<Stage, number> | null;
};

export type RegionalConclusion = { id: RecommendationId; conclusion: number; dimensions: DimensionId[] };

export type NamedAgency = { name: string; countryCode: string; dimensions: Record<DimensionId, number | null> };

export type RegionalReport = {
  region: string;
  round: number;
  instrumentVersion: string;
  agencies: number;
  countries: number;
  minimum: number;
  /** False below 5 agencies: only participation is given. */
  isShown: boolean;
  dimensions: RegionalDimension[];
  indices: Record<IndexId, LiveCohortFigure | null>;
  /** Every item with a distribution, instrument order. */
  items: LiveItemDistribution[];
  /** The barriers ticked, most cited first. */
  barriers: LiveItemDistribution["options"];
  /** The published studies of this region (and global ones), to show their figures beside today's. */
  studies: Dataset[];
  conclusions: RegionalConclusion[];
  /** Only when asked for, and only agencies that consented to be named. */
  annex: NamedAgency[] | null;
  generatedAt: Date;
};

export const BARRIERS_ITEM = "context.barriers";
export const BUDGET_ITEMS = ["context.budget_overall", "context.budget_digital", "context.budget_youth"] as const;

export type RegionalReportInput = {
  region: string;
  round: number;
  instrumentVersion: string;
  counts: LiveItemCounts | undefined;
  countries: number;
  dimensions: Record<DimensionId, { figure: LiveCohortFigure | null; stages: Record<Stage, number> }>;
  indices: Record<IndexId, LiveCohortFigure | null>;
  studies: readonly Dataset[];
  annex: NamedAgency[] | null;
  generatedAt: Date;
};

/** Studies whose cohort is this region's (or global): the published figures the report sets beside its own. */
export function studiesForRegion(datasets: readonly Dataset[], region: string): Dataset[] {
  return datasets.filter((dataset) => !dataset.id.startsWith("live-") && (dataset.region === region || dataset.region === "GLOBAL"));
}

export function buildRegionalReport(input: RegionalReportInput): RegionalReport {
  const agencies = input.counts?.agencies ?? 0;
  const isShown = agencies >= MIN_LIVE_COHORT;
  const items = isShown && input.counts ? liveItemDistributions(input.counts) : [];
  const barriers = [...(items.find((item) => item.itemId === BARRIERS_ITEM)?.options ?? [])]
    .filter((option) => option.count > 0)
    .sort((a, b) => b.count - a.count);
  return {
    region: input.region,
    round: input.round,
    instrumentVersion: input.instrumentVersion,
    agencies,
    countries: input.countries,
    minimum: MIN_LIVE_COHORT,
    isShown,
    dimensions: DIMENSION_IDS.map((dimension) => {
      const entry = input.dimensions[dimension];
      const figure = isShown ? entry.figure : null;
      return { dimension, figure, stages: figure ? entry.stages : null };
    }),
    indices: isShown ? input.indices : { digital_maturity: null, youth_readiness: null },
    items,
    barriers,
    studies: [...input.studies],
    conclusions: RECOMMENDATIONS.map((r) => ({ id: r.id, conclusion: r.conclusion, dimensions: [...r.dimensions] })),
    annex: isShown ? input.annex : null,
    generatedAt: input.generatedAt,
  };
}
