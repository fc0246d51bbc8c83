import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { AssessmentScores } from "@/lib/scoring/types";

/**
 * The typed columns stored beside a snapshot's JSON (ScoreSnapshot's index columns and one
 * SnapshotDimension row per dimension): what aggregates query. Pure, so that submission, the benchmark
 * seeder and tests derive them the same way from the engine's result.
 */
export function indexColumns(scores: Pick<AssessmentScores, "indices">) {
  return {
    digitalMaturity: scores.indices.digital_maturity.value,
    digitalMaturityStage: scores.indices.digital_maturity.stage,
    youthReadiness: scores.indices.youth_readiness.value,
    youthReadinessStage: scores.indices.youth_readiness.stage,
  };
}

export function dimensionRows(scores: Pick<AssessmentScores, "dimensions">) {
  return DIMENSION_IDS.map((dimension) => {
    const d = scores.dimensions[dimension];
    return { dimension, score: d.score, stage: d.stage, itemCount: d.itemCount, answeredWithPoints: d.answeredWithPoints };
  });
}

/**
 * Everything stored for a new current snapshot: the JSON (kept: it reproduces the report) and the typed
 * columns derived from it. The caller clears the previous current snapshot first (unique currentForId).
 */
export function snapshotCreateData(input: { assessmentId: string; scores: AssessmentScores; createdById: string }) {
  const { scores } = input;
  return {
    assessmentId: input.assessmentId,
    currentForId: input.assessmentId,
    instrumentVersion: scores.instrumentVersion,
    scoringModelVersion: scores.scoringModelVersion,
    datasetVersions: scores.datasetVersions,
    scores,
    ...indexColumns(scores),
    dimensions: { createMany: { data: dimensionRows(scores) } },
    createdById: input.createdById,
  };
}
