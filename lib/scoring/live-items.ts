import type { Dataset, DistributionFigure, LocalizedName, MultiFigure } from "@/lib/benchmarks/dataset-schema";
import { allItems } from "@/lib/questionnaire/lookup";
import { OTHER_OPTION, SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import type { Answers, Item } from "@/lib/questionnaire/types";
import { compareWithDataset } from "./compare";
import { MIN_LIVE_COHORT } from "./live-cohort";
import type { AssessmentScores, DatasetComparison } from "./types";

/**
 * Item-level live figures (methodology §5 applied item by item): the answers of the approved assessments of
 * a cohort, counted per item and option by the database, turned into the same figures a study publishes
 * (a share and a count per option) so that the comparison, the page and the PDF treat them like any dataset.
 * Pure: the counts come from lib/data/live-items.
 */

/** Agencies of the cohort that gave `option` to `itemId` (for a tick-all item: that ticked it). */
export type LiveOptionCount = { itemId: string; option: string; agencies: number };
/** Agencies of the cohort that answered `itemId` at all (any option, "don't know" included). */
export type LiveItemTotal = { itemId: string; agencies: number };

export type LiveItemCounts = {
  /** Agencies in the cohort (one assessment each). */
  agencies: number;
  totals: readonly LiveItemTotal[];
  options: readonly LiveOptionCount[];
};

/** Items whose answers form a distribution a cohort can publish (not free text, not numbers). */
export function hasLiveDistribution(item: Item): boolean {
  return item.kind === "status" || item.kind === "adoption" || item.kind === "budget" || item.kind === "single" || item.kind === "multi";
}

function optionsOf(item: Item): readonly string[] {
  if (item.kind === "status" || item.kind === "adoption" || item.kind === "budget") return SCALE_OPTIONS[item.kind];
  if (item.kind === "single") return item.options;
  if (item.kind === "multi") return item.allowOther ? [...item.options, OTHER_OPTION] : item.options;
  return [];
}

/** One item's distribution among the agencies of a cohort that answered it (`n`), option by option. */
export type LiveItemDistribution = {
  itemId: string;
  kind: "distribution" | "multi";
  n: number;
  options: { option: string; count: number; share: number }[];
};

/**
 * Per item (instrument order), the count and share of each option among the agencies that answered it.
 * An item answered by fewer than 5 agencies gets no figure at all (each of its cells could point at an
 * agency), and a cohort of fewer than 5 agencies gets none for any item.
 */
export function liveItemDistributions(counts: LiveItemCounts): LiveItemDistribution[] {
  if (counts.agencies < MIN_LIVE_COHORT) return [];
  const answered = new Map(counts.totals.map((total) => [total.itemId, total.agencies]));
  return allItems.flatMap((item) => {
    const n = answered.get(item.id) ?? 0;
    if (!hasLiveDistribution(item) || n < MIN_LIVE_COHORT) return [];
    const byOption = new Map(counts.options.filter((row) => row.itemId === item.id).map((row) => [row.option, row.agencies]));
    const options = optionsOf(item).map((option) => {
      const count = byOption.get(option) ?? 0;
      return { option, count, share: count / n };
    });
    return [{ itemId: item.id, kind: item.kind === "multi" ? ("multi" as const) : ("distribution" as const), n, options }];
  });
}

/**
 * The distributions as a dataset's item figures. Counts are kept only where every agency of the cohort
 * answered the item, so that they read against the cohort's n; shares are always of those who answered.
 */
export function buildLiveItemFigures(counts: LiveItemCounts, source: string): NonNullable<Dataset["items"]> {
  const figures: NonNullable<Dataset["items"]> = {};
  for (const row of liveItemDistributions(counts)) {
    const shares = Object.fromEntries(row.options.map((o) => [o.option, o.share]));
    const optionCounts = Object.fromEntries(row.options.map((o) => [o.option, o.count]));
    const figure: DistributionFigure | MultiFigure = {
      kind: row.kind,
      shares,
      ...(row.n === counts.agencies ? { counts: optionCounts } : {}),
      source,
    };
    figures[row.itemId] = figure;
  }
  return figures;
}

export type LiveDatasetMeta = {
  id: string;
  datasetVersion: string;
  name: LocalizedName;
  region: string;
  year: number;
  source: string;
};

/**
 * A live cohort as a dataset (same schema as a study's): compared like any other, or frozen and stored as
 * a dataset version. `null` below 5 agencies: such a cohort publishes nothing.
 */
export function buildLiveDataset(counts: LiveItemCounts, meta: LiveDatasetMeta): Dataset | null {
  if (counts.agencies < MIN_LIVE_COHORT) return null;
  return {
    id: meta.id,
    name: meta.name,
    region: meta.region,
    surveyYear: meta.year,
    n: counts.agencies,
    source: meta.source,
    datasetVersion: meta.datasetVersion,
    items: buildLiveItemFigures(counts, meta.source),
  };
}

/**
 * The agency against its live cohorts, item by item, exactly as against a study's dataset (§4). Computed
 * when the page or the report is shown, not stored: a live figure is current by definition.
 */
export function compareWithLiveDatasets(
  datasets: readonly (Dataset | null)[],
  answers: Answers,
  dimensions: AssessmentScores["dimensions"],
): DatasetComparison[] {
  return datasets.flatMap((dataset) => (dataset ? [compareWithDataset(dataset, answers, dimensions)] : []));
}

/** Frozen live cohorts are stored as datasets whose id starts with `live-` (e.g. `live-ap-2027`). */
export function isFrozenLiveCohort(dataset: Pick<Dataset, "id">): boolean {
  return dataset.id.startsWith("live-");
}

/**
 * The datasets an agency of `region` is scored against: every study, and the frozen live cohorts of its own
 * region only (as its live regional cohort: another region's frozen cohort is not its peer group).
 */
export function datasetsForRegion<T extends Pick<Dataset, "id" | "region">>(datasets: readonly T[], region: string): T[] {
  return datasets.filter((dataset) => !isFrozenLiveCohort(dataset) || dataset.region === region);
}
