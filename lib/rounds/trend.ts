import type { DimensionId } from "@/lib/questionnaire/types";
import type { IndexId } from "@/lib/scoring/types";

/** One scored round of an agency: the index and dimension scores of its current snapshot (0–100, null when not scored). */
export type TrendPoint = {
  assessmentId: string;
  round: number;
  scoringModelVersion: string;
  indices: Record<IndexId, number | null>;
  dimensions: Record<DimensionId, number | null>;
};

/** Scores of rounds scored under different models are not strictly comparable: the page says so. */
export function hasModelChange(points: readonly TrendPoint[]): boolean {
  return new Set(points.map((point) => point.scoringModelVersion)).size > 1;
}
