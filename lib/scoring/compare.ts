import type { Dataset } from "@/lib/benchmarks/dataset-schema";
import { allItems } from "@/lib/questionnaire/lookup";
import type { Answers, DimensionId } from "@/lib/questionnaire/types";
import { compareDimension } from "./compare-dimensions";
import { compareItem } from "./compare-items";
import type { CohortRef, DatasetComparison, DimensionScore, ItemComparison } from "./types";

export function toCohortRef(dataset: Dataset): CohortRef {
  return {
    datasetId: dataset.id,
    datasetVersion: dataset.datasetVersion,
    name: { ...dataset.name },
    region: dataset.region,
    surveyYear: dataset.surveyYear,
    n: dataset.n,
    nNote: dataset.nNote ?? null,
    source: dataset.source,
    ...(dataset.citation && { citation: dataset.citation }),
    ...(dataset.nNoteText && { nNoteText: dataset.nNoteText }),
  };
}


/**
 * The agency against one benchmark dataset (methodology 2026.1 §4). Every comparable item and every
 * dimension gets an entry; where the dataset has no figure the entry says so (`null`), it is never filled.
 */
export function compareWithDataset(
  dataset: Dataset,
  answers: Answers,
  dimensions: Record<DimensionId, DimensionScore>,
): DatasetComparison {
  const cohort = toCohortRef(dataset);
  const items: Record<string, ItemComparison> = Object.fromEntries(
    // Every item, free text included: a study may state a finding (or a bound) about any of them.
    allItems.map((item) => [item.id, compareItem(item, dataset, answers[item.id], cohort)]),
  );
  const compared = Object.fromEntries(
    Object.values(dimensions).map((score) => [score.dimension, compareDimension(dataset, score, items, cohort)]),
  ) as DatasetComparison["dimensions"];
  return {
    cohort,
    unavailable: dataset.unavailable ?? null,
    ...(dataset.unavailableText && { unavailableText: dataset.unavailableText }),
    items,
    dimensions: compared,
  };
}
