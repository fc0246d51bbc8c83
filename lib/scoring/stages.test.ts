import { describe, expect, it } from "vitest";
import { isStageBelow, meanOfExactScores, nextStageOf, stageOf, valueOf } from "./stages";

describe("stageOf (method §2 cut-offs, inclusive lower bounds)", () => {
  it.each([
    [0, 1, "initial"],
    [1999, 100, "initial"], // 19.99
    [20, 1, "emerging"],
    [3999, 100, "emerging"],
    [40, 1, "developing"],
    [5999, 100, "developing"],
    [60, 1, "advanced"],
    [7999, 100, "advanced"],
    [80, 1, "leading"],
    [100, 1, "leading"],
  ] as const)("%i/%i is %s", (numerator, denominator, stage) => {
    expect(stageOf({ numerator, denominator })).toBe(stage);
  });

  it("decides 60 exactly even where decimals would not: 100 × 9 / (3 × 5) = 900/15", () => {
    expect(stageOf({ numerator: 900, denominator: 15 })).toBe("advanced");
  });

  it("refuses fractions it cannot compare exactly", () => {
    expect(() => stageOf({ numerator: 59.99, denominator: 1 })).toThrow();
    expect(() => stageOf({ numerator: 1, denominator: 0 })).toThrow();
  });
});

describe("meanOfExactScores", () => {
  it("averages fractions exactly: (200/3 + 800/15) / 2 = 60", () => {
    const mean = meanOfExactScores([
      { numerator: 200, denominator: 3 },
      { numerator: 800, denominator: 15 },
    ]);
    expect(mean.numerator * 1).toBe(60 * mean.denominator);
    expect(valueOf(mean)).toBe(60);
  });
});

describe("stage order", () => {
  it("knows the next stage and which stages lie below Advanced", () => {
    expect(nextStageOf("initial")).toBe("emerging");
    expect(nextStageOf("developing")).toBe("advanced");
    expect(nextStageOf("leading")).toBeNull();
    expect(isStageBelow("developing", "advanced")).toBe(true);
    expect(isStageBelow("advanced", "advanced")).toBe(false);
  });
});
