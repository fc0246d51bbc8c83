import { DONT_KNOW, isScaleOption, MAX_POINTS, pointsFor } from "@/lib/questionnaire/scales";
import type { AnswerEntry, ScoredItem } from "@/lib/questionnaire/types";

/** One scored item as it enters a dimension score. */
export type ItemPoints = {
  itemId: string;
  /** The option the agency chose (`dont_know` included); `null` when unanswered. */
  answer: string | null;
  /** 0–3; `null` for `dont_know` and unanswered items, which are left out of every mean (§1). */
  points: number | null;
};

/**
 * Points of a scored item (methodology 2026.1 §1): status fully_in_place 3 … not_planned 0; adoption
 * in_production 3 … no_project 0. An option outside the item's scale cannot reach the engine through the
 * answer schema, so meeting one is a bug and throws rather than scoring silently.
 */
export function getItemPoints(item: ScoredItem, entry: AnswerEntry | undefined): ItemPoints {
  if (entry === undefined) return { itemId: item.id, answer: null, points: null };
  const { value } = entry;
  if (typeof value !== "string" || !isScaleOption(item.kind, value)) {
    throw new Error(`Answer ${JSON.stringify(value)} is not an option of ${item.kind} item ${item.id}`);
  }
  const points = value === DONT_KNOW ? null : pointsFor(item.kind, value);
  if (points !== null && (points < 0 || points > MAX_POINTS)) throw new Error(`Points out of range for ${item.id}`);
  return { itemId: item.id, answer: value, points };
}

/** Item score (0–1) = points / 3. */
export function itemScoreOf(points: number): number {
  return points / MAX_POINTS;
}
