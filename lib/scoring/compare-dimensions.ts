import type { Dataset } from "@/lib/benchmarks/dataset-schema";
import { listPublishedLevels } from "@/lib/benchmarks/dataset-schema";
import { uniqueCitations } from "@/lib/benchmarks/citations";
import { citedFields, toStatementRef } from "./compare-items";
import type {
  CohortRef,
  DimensionComparison,
  DimensionScore,
  ItemComparison,
  ItemDistributionsComparison,
  PublishedLevelComparison,
} from "./types";

function comparePublishedLevel(dataset: Dataset, score: DimensionScore, cohort: CohortRef): PublishedLevelComparison | null {
  const level = listPublishedLevels(dataset).find(([dimension]) => dimension === score.dimension)?.[1];
  const meta = dataset.dimensions?._meta;
  if (level === undefined || !meta) return null;
  return {
    level,
    scale: meta.scale,
    agencyLevel: score.idbLevel,
    gap: score.idbLevel === null ? null : score.idbLevel - level,
    cohort,
    source: meta.source,
    confidence: meta.confidence ?? null,
    ...citedFields(meta),
    ...(meta.scaleText && { scaleText: meta.scaleText }),
  };
}

/**
 * Cohort dimension score from item distributions (§4): only where at least half of the dimension's
 * scored items have a distribution, as the mean of those items' cohort mean scores × 100.
 */
function compareItemDistributions(score: DimensionScore, items: Record<string, ItemComparison>, cohort: CohortRef): ItemDistributionsComparison | null {
  const figures = score.items.flatMap(({ itemId }) => {
    const figure = items[itemId]?.figure;
    return figure?.kind === "distribution" && figure.cohortMeanItemScore !== null ? [figure] : [];
  });
  if (figures.length === 0 || 2 * figures.length < score.itemCount) return null;
  const cohortScore = (100 * figures.reduce((sum, figure) => sum + (figure.cohortMeanItemScore ?? 0), 0)) / figures.length;
  return {
    cohort,
    cohortScore,
    itemsWithDistribution: figures.length,
    itemCount: score.itemCount,
    agencyScore: score.score,
    gap: score.score === null ? null : score.score - cohortScore,
    sources: [...new Set(figures.map((figure) => figure.source))],
    ...(figures.every((figure) => figure.citation) && {
      citations: uniqueCitations(figures.flatMap((figure) => (figure.citation ? [figure.citation] : []))),
    }),
  };
}

/**
 * One dimension against one cohort. When both figures exist, the item distributions are the comparison
 * (same items, same points as the agency's score); the published level stays beside it, as it compares
 * with the IDB-comparable level, which is only indicative.
 */
export function compareDimension(
  dataset: Dataset,
  score: DimensionScore,
  items: Record<string, ItemComparison>,
  cohort: CohortRef,
): DimensionComparison {
  const publishedLevel = comparePublishedLevel(dataset, score, cohort);
  const itemDistributions = compareItemDistributions(score, items, cohort);
  const basis = itemDistributions ? "item_distributions" : publishedLevel ? "published_level" : null;
  const statements = (dataset.statements ?? [])
    .filter((statement) => statement.dimension === score.dimension)
    .map((statement) => toStatementRef(statement, cohort));
  return { dimension: score.dimension, basis, publishedLevel, itemDistributions, statements };
}
