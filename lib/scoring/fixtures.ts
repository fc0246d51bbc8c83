import { dimensionItems, DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { DONT_KNOW } from "@/lib/questionnaire/scales";
import type { Answers, DimensionId } from "@/lib/questionnaire/types";

/** Test fixtures only: answers written as points, "dk" (don't know) or null (unanswered), in item order. */
export type PointsOrGap = 0 | 1 | 2 | 3 | "dk" | null;

/** Written out rather than read from the scales, so that a changed point value fails the tests. */
const OPTION_BY_POINTS = {
  status: { 3: "fully_in_place", 2: "in_development", 1: "concrete_plans", 0: "not_planned" },
  adoption: { 3: "in_production", 2: "pre_production", 1: "pilot", 0: "no_project" },
} as const;

function optionFor(kind: "status" | "adoption", points: 0 | 1 | 2 | 3): string {
  return OPTION_BY_POINTS[kind][points];
}

export function answersFor(dimension: DimensionId, values: readonly PointsOrGap[]): Answers {
  const items = dimensionItems(dimension);
  if (values.length !== items.length) throw new Error(`${dimension} has ${items.length} scored items, got ${values.length}`);
  const answers: Answers = {};
  items.forEach((item, index) => {
    const value = values[index];
    if (value === null || value === undefined) return;
    answers[item.id] = { value: value === "dk" ? DONT_KNOW : optionFor(item.kind, value) };
  });
  return answers;
}

/** Every scored item of every dimension answered with the same points. */
export function answersAll(points: 0 | 1 | 2 | 3): Answers {
  return Object.assign({}, ...DIMENSION_IDS.map((d) => answersFor(d, dimensionItems(d).map(() => points))));
}
