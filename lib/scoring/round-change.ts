import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { AssessmentScores, IndexId } from "./types";
import type { Stage } from "./stages";

export type ScoreChange = {
  previous: number | null;
  current: number | null;
  /** current − previous in score points; `null` when either round is not scored (never read as 0). */
  change: number | null;
  previousStage: Stage | null;
  currentStage: Stage | null;
};

export type RoundChange = {
  dimensions: Record<DimensionId, ScoreChange>;
  indices: Record<IndexId, ScoreChange>;
  /** The two snapshots were scored with different scoring models: the change is indicative. */
  isModelChanged: boolean;
};

/** The change per dimension and index from a previous round's snapshot to this round's (both stored). */
export function compareRounds(previous: AssessmentScores, current: AssessmentScores): RoundChange {
  const dimensions = Object.fromEntries(
    DIMENSION_IDS.map((dimension) => {
      const before = previous.dimensions[dimension];
      const now = current.dimensions[dimension];
      return [dimension, changeOf(before?.score ?? null, now.score, before?.stage ?? null, now.stage)];
    }),
  ) as Record<DimensionId, ScoreChange>;
  const indices = Object.fromEntries(
    (Object.keys(current.indices) as IndexId[]).map((index) => {
      const before = previous.indices[index];
      const now = current.indices[index];
      return [index, changeOf(before?.value ?? null, now.value, before?.stage ?? null, now.stage)];
    }),
  ) as Record<IndexId, ScoreChange>;
  return { dimensions, indices, isModelChanged: previous.scoringModelVersion !== current.scoringModelVersion };
}

function changeOf(previous: number | null, current: number | null, previousStage: Stage | null, currentStage: Stage | null): ScoreChange {
  const change = previous === null || current === null ? null : current - previous;
  return { previous, current, change, previousStage, currentStage };
}
