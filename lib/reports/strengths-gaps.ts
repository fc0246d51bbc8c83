import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { AssessmentScores, DimensionScore } from "@/lib/scoring/types";

export type StrengthsAndGaps = { strengths: DimensionScore[]; gaps: DimensionScore[] };

/**
 * The summary's top strengths (highest scored dimensions) and largest gaps (lowest), from the stored scores.
 * Ties keep the questionnaire's order. A dimension is never in both lists, and insufficient ones in neither.
 */
export function strengthsAndGaps(scores: Pick<AssessmentScores, "dimensions">, count = 3): StrengthsAndGaps {
  const scored = DIMENSION_IDS.map((id: DimensionId) => scores.dimensions[id]).filter(
    (dimension): dimension is DimensionScore & { score: number } => dimension.score !== null,
  );
  const byScoreDesc = [...scored].sort((a, b) => b.score - a.score);
  const strengths = byScoreDesc.slice(0, Math.min(count, Math.ceil(scored.length / 2)));
  const gaps = [...scored]
    .sort((a, b) => a.score - b.score)
    .filter((dimension) => !strengths.includes(dimension))
    .slice(0, count);
  return { strengths, gaps };
}
