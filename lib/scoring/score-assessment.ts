import type { Dataset } from "@/lib/benchmarks/dataset-schema";
import { instrument } from "@/lib/questionnaire/instrument";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { Answers, DimensionId } from "@/lib/questionnaire/types";
import { compareWithDataset } from "./compare";
import { scoreDimension } from "./dimension-score";
import { INDEX_IDS, scoreIndex } from "./indices";
import type { AssessmentScores, DimensionScore, IndexId, IndexScore } from "./types";

/** The scoring model this engine implements (methodology 2026.1); a changed rule is a new version. */
export const SCORING_MODEL_VERSION = "2026.1";

export type { AssessmentScores } from "./types";

/**
 * Answers + benchmark datasets → every score and comparison the results page and the PDF show, as one
 * plain object stored as the snapshot. Pure: no I/O, no clock, no randomness.
 */
export function scoreAssessment(answers: Answers, datasets: readonly Dataset[]): AssessmentScores {
  const ids = datasets.map((dataset) => dataset.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  // A snapshot records one version per dataset (§7); two versions of one cohort would be ambiguous.
  if (repeated) throw new Error(`Dataset ${repeated} given twice`);
  const dimensions = Object.fromEntries(
    DIMENSION_IDS.map((dimension) => [dimension, scoreDimension(dimension, answers)]),
  ) as Record<DimensionId, DimensionScore>;
  const indices = Object.fromEntries(INDEX_IDS.map((index) => [index, scoreIndex(index, dimensions)])) as Record<
    IndexId,
    IndexScore
  >;
  return {
    scoringModelVersion: SCORING_MODEL_VERSION,
    instrumentVersion: instrument.version,
    datasetVersions: Object.fromEntries(datasets.map((dataset) => [dataset.id, dataset.datasetVersion])),
    dimensions,
    indices,
    comparisons: datasets.map((dataset) => compareWithDataset(dataset, answers, dimensions)),
  };
}
