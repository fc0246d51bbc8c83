import "server-only";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { LiveCohortFigure } from "@/lib/scoring/live-cohort";
import type { Stage } from "@/lib/scoring/stages";
import type { IndexId } from "@/lib/scoring/types";
import type { CohortSelection } from "../live-items/count-answers";

export type DimensionFigures = {
  dimensions: Record<DimensionId, { figure: LiveCohortFigure | null; stages: Record<Stage, number> }>;
  indices: Record<IndexId, LiveCohortFigure | null>;
};

/** Per dimension and index of the cohort: median, min–max and stage counts (typed snapshot columns, in SQL). */
export async function loadDimensionFigures(selection: CohortSelection): Promise<DimensionFigures> {
  void selection;
  throw new Error("not yet");
}
