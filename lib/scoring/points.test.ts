import { describe, expect, it } from "vitest";
import { getItem } from "@/lib/questionnaire/lookup";
import type { ScoredItem } from "@/lib/questionnaire/types";
import { getItemPoints, itemScoreOf } from "./points";

function scored(id: string): ScoredItem {
  const item = getItem(id);
  if (item?.kind !== "status" && item?.kind !== "adoption") throw new Error(`${id} is not scored`);
  return item;
}

describe("getItemPoints (method §1)", () => {
  it.each([
    ["fully_in_place", 3],
    ["in_development", 2],
    ["concrete_plans", 1],
    ["not_planned", 0],
  ])("status %s is worth %i points", (option, points) => {
    expect(getItemPoints(scored("strategy.national"), { value: option }).points).toBe(points);
  });

  it.each([
    ["in_production", 3],
    ["pre_production", 2],
    ["pilot", 1],
    ["no_project", 0],
  ])("adoption %s is worth %i points", (option, points) => {
    expect(getItemPoints(scored("analytics.ai"), { value: option }).points).toBe(points);
  });

  it("gives no points to dont_know (an answer) nor to an unanswered item", () => {
    expect(getItemPoints(scored("strategy.national"), { value: "dont_know" })).toEqual({ itemId: "strategy.national", answer: "dont_know", points: null });
    expect(getItemPoints(scored("strategy.national"), undefined)).toEqual({ itemId: "strategy.national", answer: null, points: null });
  });

  it("throws on an option of another scale (a bug, never a silent 0)", () => {
    expect(() => getItemPoints(scored("analytics.ai"), { value: "fully_in_place" })).toThrow(/not an option/);
    expect(() => getItemPoints(scored("strategy.national"), { value: ["fully_in_place"] })).toThrow(/not an option/);
  });

  it("item score = points / 3", () => {
    expect([0, 1, 2, 3].map(itemScoreOf)).toEqual([0, 1 / 3, 2 / 3, 1]);
  });
});
