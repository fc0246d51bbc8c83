import { parts } from "@/lib/questionnaire/lookup";
import type { DimensionId, PartId } from "@/lib/questionnaire/types";
import { exactDimensionScore } from "./dimension-score";
import { meanOfExactScores, stageOf, valueOf } from "./stages";
import type { DimensionScore, IndexId, IndexScore } from "./types";

/**
 * The two indices (methodology 2026.1 §3): Digital maturity = mean of the scored Part 1 dimensions, needs
 * 4 of 6; Youth readiness = mean of the scored Parts 2–3 dimensions, needs 3 of 4. Members are read from
 * the instrument's parts, so a dimension cannot drift out of its index.
 */
export const INDEX_RULES = {
  digital_maturity: { parts: ["part1"], dimensionsRequired: 4 },
  youth_readiness: { parts: ["part2", "part3"], dimensionsRequired: 3 },
} as const satisfies Record<IndexId, { parts: readonly PartId[]; dimensionsRequired: number }>;

export const INDEX_IDS = ["digital_maturity", "youth_readiness"] as const satisfies readonly IndexId[];

export function indexDimensions(index: IndexId): DimensionId[] {
  const wanted: readonly PartId[] = INDEX_RULES[index].parts;
  return parts
    .filter((part) => wanted.includes(part.id))
    .flatMap((part) => part.sections.flatMap((section) => (section.dimension === null ? [] : [section.dimension])));
}

/**
 * The index value is the exact mean of the exact dimension scores, and its stage is decided on that
 * exact mean (a mean of exactly 60 is Advanced even when its decimal form is 59.999…).
 */
export function scoreIndex(index: IndexId, dimensions: Record<DimensionId, DimensionScore>): IndexScore {
  const members = indexDimensions(index);
  const scored = members.map((id) => dimensions[id]).filter((dimension) => dimension.status === "scored");
  const { dimensionsRequired } = INDEX_RULES[index];
  const base = { index, dimensionsScored: scored.length, dimensionsRequired, dimensions: members };
  if (scored.length < dimensionsRequired) return { ...base, value: null, stage: null };
  const mean = meanOfExactScores(scored.map((d) => exactDimensionScore(d.sumPoints, d.answeredWithPoints)));
  return { ...base, value: valueOf(mean), stage: stageOf(mean) };
}
