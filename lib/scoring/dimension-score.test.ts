import { describe, expect, it } from "vitest";
import { scoreDimension } from "./dimension-score";
import { answersFor } from "./fixtures";

describe("scoreDimension (method §2)", () => {
  it("reproduces the worked example of the methodology", () => {
    // back_office: strategy 3, it_system 2, roadmap 1, architecture_standards 0, documentation dont_know.
    // Four items have points: (1 + 2/3 + 1/3 + 0) / 4 = 0.5 → score 50, Developing, level 1 + 4 × 0.5 = 3.0.
    const result = scoreDimension("back_office", answersFor("back_office", [3, 2, 1, 0, "dk"]));
    expect(result).toMatchObject({ score: 50, status: "scored", stage: "developing", idbLevel: 3, sumPoints: 6, answeredWithPoints: 4, itemCount: 5 });
    expect(result.items).toEqual([
      { itemId: "back_office.strategy", answer: "fully_in_place", points: 3 },
      { itemId: "back_office.it_system", answer: "in_development", points: 2 },
      { itemId: "back_office.roadmap", answer: "concrete_plans", points: 1 },
      { itemId: "back_office.architecture_standards", answer: "not_planned", points: 0 },
      { itemId: "back_office.documentation", answer: "dont_know", points: null },
    ]);
  });

  it("leaves dont_know out of the mean instead of counting it as 0", () => {
    // data: 3, 3, dk, dk, 0 → 6 points over 3 items: 100 × 6 / 9 = 66.67 (as 0 it would be 40).
    const result = scoreDimension("data", answersFor("data", [3, 3, "dk", "dk", 0]));
    expect(result.score).toBeCloseTo(200 / 3, 12);
    expect(result.stage).toBe("advanced");
    expect(result.answeredWithPoints).toBe(3);
  });

  it("is insufficient, not 0, when fewer than half the items have points", () => {
    // back_office: 2 of 5 items with points (2 × 2 < 5).
    const result = scoreDimension("back_office", answersFor("back_office", [0, 0, "dk", null, null]));
    expect(result).toMatchObject({ score: null, status: "insufficient", stage: null, idbLevel: null, answeredWithPoints: 2 });
  });

  it("is scored with exactly half the items (strategy: 1 of 2; front_office: 2 of 4)", () => {
    expect(scoreDimension("strategy", answersFor("strategy", [2, "dk"]))).toMatchObject({ status: "scored", score: 100 * 2 / 3 });
    expect(scoreDimension("front_office", answersFor("front_office", [0, 1, null, "dk"]))).toMatchObject({ status: "scored", score: 100 / 6 });
  });

  it("is insufficient when nothing is answered", () => {
    expect(scoreDimension("analytics", {})).toMatchObject({ status: "insufficient", score: null, answeredWithPoints: 0, itemCount: 3 });
  });

  // Five-item dimensions hit every cut-off exactly: score = 100 × sum / 15.
  it.each([
    [[1, 1, 1, 0, 0], 20, "emerging", 1.8], // 100 × 3 / 15 = 20
    [[2, 2, 2, 0, 0], 40, "developing", 2.6], // 100 × 6 / 15 = 40
    [[3, 3, 3, 0, 0], 60, "advanced", 3.4], // 100 × 9 / 15 = 60, Advanced, never Developing
    [[3, 3, 3, 3, 0], 80, "leading", 4.2], // 100 × 12 / 15 = 80
    [[1, 1, 0, 0, 0], 100 * 2 / 15, "initial", 1 + 8 / 15], // 13.3
  ] as const)("organisation %j → %f, %s", (points, score, stage, level) => {
    const result = scoreDimension("organisation", answersFor("organisation", points));
    expect(result.score).toBeCloseTo(score, 12);
    expect(result.stage).toBe(stage);
    expect(result.idbLevel).toBeCloseTo(level, 12);
  });

  it("scores adoption items: analytics 3, 2, 1 → 100 × 6 / 9 = 66.7, Advanced", () => {
    expect(scoreDimension("analytics", answersFor("analytics", [3, 2, 1]))).toMatchObject({ stage: "advanced", sumPoints: 6 });
  });
});
