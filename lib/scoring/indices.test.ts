import { describe, expect, it } from "vitest";
import type { Answers, DimensionId } from "@/lib/questionnaire/types";
import { scoreDimension } from "./dimension-score";
import { answersFor, type PointsOrGap } from "./fixtures";
import { indexDimensions, scoreIndex } from "./indices";
import type { DimensionScore } from "./types";

function dimensionsFrom(points: Partial<Record<DimensionId, readonly PointsOrGap[]>>): Record<DimensionId, DimensionScore> {
  const answers: Answers = Object.assign({}, ...Object.entries(points).map(([d, p]) => answersFor(d as DimensionId, p)));
  const ids: DimensionId[] = [...indexDimensions("digital_maturity"), ...indexDimensions("youth_readiness")];
  return Object.fromEntries(ids.map((id) => [id, scoreDimension(id, answers)])) as Record<DimensionId, DimensionScore>;
}

describe("indices (method §3)", () => {
  it("take their members from the instrument's parts", () => {
    expect(indexDimensions("digital_maturity")).toEqual(["strategy", "back_office", "front_office", "data", "analytics", "organisation"]);
    expect(indexDimensions("youth_readiness")).toEqual(["youth_programmes", "youth_front_office", "youth_innovation", "youth_back_office"]);
  });

  it("digital maturity needs 4 of the 6 Part 1 dimensions", () => {
    // Three scored: strategy 100, back_office 50 (worked example), analytics 0 → not computed.
    const three = dimensionsFrom({ strategy: [3, 3], back_office: [3, 2, 1, 0, "dk"], analytics: [0, 0, 0] });
    expect(scoreIndex("digital_maturity", three)).toMatchObject({ value: null, stage: null, dimensionsScored: 3, dimensionsRequired: 4 });
    // Add data 3,3,3,3,3 = 100: mean (100 + 50 + 0 + 100) / 4 = 62.5, Advanced.
    const four = dimensionsFrom({ strategy: [3, 3], back_office: [3, 2, 1, 0, "dk"], analytics: [0, 0, 0], data: [3, 3, 3, 3, 3] });
    expect(scoreIndex("digital_maturity", four)).toMatchObject({ value: 62.5, stage: "advanced", dimensionsScored: 4 });
  });

  it("youth readiness needs 3 of the 4 Parts 2–3 dimensions", () => {
    const two = dimensionsFrom({ youth_programmes: [3, 3, 3, 3], youth_innovation: [0, 0, 0, 0, 0], youth_back_office: ["dk", "dk", "dk", 3] });
    expect(scoreIndex("youth_readiness", two)).toMatchObject({ value: null, dimensionsScored: 2, dimensionsRequired: 3 });
    // youth_front_office 2,2,2,2,2 = 66.67: mean (100 + 0 + 200/3) / 3 = 55.56, Developing.
    const three = dimensionsFrom({ youth_programmes: [3, 3, 3, 3], youth_innovation: [0, 0, 0, 0, 0], youth_front_office: [2, 2, 2, 2, 2] });
    const result = scoreIndex("youth_readiness", three);
    expect(result.value).toBeCloseTo(500 / 9, 12);
    expect(result.stage).toBe("developing");
  });

  it("stages the exact mean: 60 is Advanced although naive float averaging gives 59.999…", () => {
    // strategy 0/6 = 0; back_office 2/15 = 13.33; front_office 12/12 = 100; data 8/15 = 53.33;
    // analytics 9/9 = 100; organisation 14/15 = 93.33. Sum 360, mean 60 exactly.
    const points = { strategy: [0, 0], back_office: [2, 0, 0, 0, 0], front_office: [3, 3, 3, 3], data: [3, 3, 2, 0, 0], analytics: [3, 3, 3], organisation: [3, 3, 3, 3, 2] } as const;
    const dimensions = dimensionsFrom(points);
    const naive = indexDimensions("digital_maturity").reduce((sum, d) => sum + (dimensions[d].score ?? 0), 0) / 6;
    expect(naive).toBeLessThan(60);
    expect(scoreIndex("digital_maturity", dimensions)).toMatchObject({ value: 60, stage: "advanced", dimensionsScored: 6 });
  });
});
