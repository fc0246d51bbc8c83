import type { DimensionId } from "@/lib/questionnaire/types";
import { STAGES, type Stage } from "@/lib/scoring/stages";
import type { RegionalConclusion, RegionalDimension } from "./regional-report";

/** "Advanced or above": the stage from which the study's recommendations no longer apply (§6). */
const STRONG_STAGES: readonly Stage[] = STAGES.slice(STAGES.indexOf("advanced"));

/**
 * Today's evidence for one of the study's conclusions: for each dimension it addresses, the median of the
 * approved assessments and how many of the scored agencies reach Advanced or above. `null` figures where
 * fewer than 5 agencies are scored (the report's threshold).
 */
export type DimensionEvidence = {
  dimension: DimensionId;
  median: number | null;
  scored: number;
  atAdvancedOrAbove: number | null;
};

export type ConclusionEvidence = RegionalConclusion & { evidence: DimensionEvidence[] };

export function conclusionEvidence(conclusion: RegionalConclusion, dimensions: readonly RegionalDimension[]): ConclusionEvidence {
  return {
    ...conclusion,
    evidence: conclusion.dimensions.map((dimension) => {
      const entry = dimensions.find((d) => d.dimension === dimension);
      const figure = entry?.figure ?? null;
      const stages = entry?.stages ?? null;
      return {
        dimension,
        median: figure?.median ?? null,
        scored: figure?.n ?? 0,
        atAdvancedOrAbove: figure && stages ? STRONG_STAGES.reduce((sum, stage) => sum + stages[stage], 0) : null,
      };
    }),
  };
}
