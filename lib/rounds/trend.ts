import type { DimensionId } from "@/lib/questionnaire/types";
import type { IndexId } from "@/lib/scoring/types";

/** One round of an agency: its stored index and dimension scores (0–100, null when not scored). */
export type TrendPoint = {
  assessmentId: string;
  round: number;
  indices: Record<IndexId, number | null>;
  dimensions: Record<DimensionId, number | null>;
};
