import { describe, expect, it } from "vitest";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import type { Answers } from "@/lib/questionnaire/types";
import { compareRounds } from "./round-change";
import { scoreAssessment } from "./score-assessment";

const backOffice = (values: string[]): Answers =>
  Object.fromEntries(
    ["strategy", "it_system", "roadmap", "architecture_standards", "documentation"].map((name, index) => [
      `back_office.${name}`,
      { value: values[index]! },
    ]),
  );

describe("compareRounds", () => {
  const datasets = getBuiltinDatasets();

  it("gives the change in points per dimension", () => {
    // Round 1: 3+2+1+0 points over 4 items (documentation dont_know) → 100 × 6/12 = 50.
    const first = scoreAssessment(
      backOffice(["fully_in_place", "in_development", "concrete_plans", "not_planned", "dont_know"]),
      datasets,
    );
    // Round 2: 3+3+2+1+1 = 10 points over 5 items → 100 × 10/15 = 66.67.
    const second = scoreAssessment(
      backOffice(["fully_in_place", "fully_in_place", "in_development", "concrete_plans", "concrete_plans"]),
      datasets,
    );
    const change = compareRounds(first, second).dimensions.back_office;
    expect(change.previous).toBe(50);
    expect(change.current).toBeCloseTo(66.667, 2);
    expect(change.change).toBeCloseTo(16.667, 2);
    expect(change.previousStage).toBe("developing");
    expect(change.currentStage).toBe("advanced");
  });

  it("has no change where either round is not scored", () => {
    const first = scoreAssessment({}, datasets);
    const second = scoreAssessment(
      backOffice(["fully_in_place", "fully_in_place", "fully_in_place", "fully_in_place", "fully_in_place"]),
      datasets,
    );
    const result = compareRounds(first, second);
    expect(result.dimensions.back_office).toMatchObject({ previous: null, current: 100, change: null });
    expect(result.dimensions.strategy.change).toBeNull();
    expect(result.isModelChanged).toBe(false);
  });
});
