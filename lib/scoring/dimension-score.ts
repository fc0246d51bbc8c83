import { dimensionItems } from "@/lib/questionnaire/lookup";
import { MAX_POINTS } from "@/lib/questionnaire/scales";
import type { Answers, DimensionId } from "@/lib/questionnaire/types";
import { getItemPoints } from "./points";
import { stageOf, type ExactScore } from "./stages";
import type { DimensionScore } from "./types";

/**
 * The dimension score as an exact fraction: 100 × sumPoints / (3 × items with points). Every item weighs
 * the same; items without points (dont_know, unanswered) are left out of the mean (§1–2).
 */
export function exactDimensionScore(sumPoints: number, answeredWithPoints: number): ExactScore {
  return { numerator: 100 * sumPoints, denominator: MAX_POINTS * answeredWithPoints };
}

/** A dimension is scored only when at least half of its items have points (§2): 2 × answered ≥ items. */
export function hasEnoughAnswers(answeredWithPoints: number, itemCount: number): boolean {
  return answeredWithPoints > 0 && 2 * answeredWithPoints >= itemCount;
}

/** IDB-comparable level = 1 + 4 × score / 100, written as 1 + 4 × sum / (3 × n) to divide only once. */
export function idbLevelOf(sumPoints: number, answeredWithPoints: number): number {
  return 1 + (4 * sumPoints) / (MAX_POINTS * answeredWithPoints);
}

/**
 * Scores one dimension (methodology 2026.1 §2). With fewer than half its items answered with points it is
 * "insufficient": no score, no stage, shown as such and never as 0.
 */
export function scoreDimension(dimension: DimensionId, answers: Answers): DimensionScore {
  const items = dimensionItems(dimension).map((item) => getItemPoints(item, answers[item.id]));
  const withPoints = items.flatMap((item) => (item.points === null ? [] : [item.points]));
  const sumPoints = withPoints.reduce((sum, points) => sum + points, 0);
  const answeredWithPoints = withPoints.length;
  const base = { dimension, sumPoints, answeredWithPoints, itemCount: items.length, items };
  if (!hasEnoughAnswers(answeredWithPoints, items.length)) {
    return { ...base, score: null, status: "insufficient", stage: null, idbLevel: null };
  }
  const exact = exactDimensionScore(sumPoints, answeredWithPoints);
  return {
    ...base,
    score: exact.numerator / exact.denominator,
    status: "scored",
    stage: stageOf(exact),
    idbLevel: idbLevelOf(sumPoints, answeredWithPoints),
  };
}
