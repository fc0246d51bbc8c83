import { describe, expect, it } from "vitest";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { createFormat } from "@/lib/format/create-format";
import { answersFor } from "@/lib/scoring/fixtures";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { buildDimensionChart, levelToScore } from "./dimension-chart";

const scores = scoreAssessment(
  { ...answersFor("back_office", [3, 2, 1, 0, "dk"]), ...answersFor("strategy", [3, 3]), ...answersFor("analytics", [1, 1, 1]) },
  getBuiltinDatasets(),
);

// Default width 560: labels 0–170, plot 170–430 (260 wide), right column from 460.
describe("buildDimensionChart", () => {
  const chart = buildDimensionChart(scores, { format: createFormat("en") });
  const row = (dimension: string) => chart.rows.find((r) => r.dimension === dimension);

  it("maps a 1–5 level onto the 0–100 axis: (level − 1) / 4 × 100", () => {
    expect([1, 2.4, 3, 3.2, 5].map(levelToScore)).toEqual([0, 35, 50, 55, 100].map((v) => expect.closeTo(v, 12)));
  });

  it("draws the agency's score as a bar: back_office 50 → 130 px of 260", () => {
    expect(chart.plot).toEqual({ x: 170, y: 8, width: 260, height: 300 });
    expect(row("back_office")?.bar).toMatchObject({ x: 170, width: 130, score: 50, valueLabel: "50", labelX: 304 });
  });

  it("marks the LAC level on the same axis, labelled with one decimal", () => {
    expect(row("back_office")?.reference).toMatchObject({ x: 300, level: 3, valueLabel: "3.0", labelX: 460 });
    expect(row("strategy")?.reference).toMatchObject({ x: 313, level: 3.2, valueLabel: "3.2" });
    expect(row("organisation")?.reference).toMatchObject({ x: 261, level: 2.4 });
    expect(chart.reference?.cohort.datasetId).toBe("idb-lac-2022");
    expect(chart.reference?.noteKey).toBe("benchmarks.chart.indicativeNote");
  });

  it("says 'no reference figure' where LAC has no level, and 'insufficient' instead of a 0 bar", () => {
    expect(row("analytics")).toMatchObject({ reference: null, noReference: { labelKey: "benchmarks.chart.noReferenceFigure" } });
    expect(row("analytics")?.bar?.valueLabel).toBe("33");
    expect(row("organisation")).toMatchObject({ bar: null, insufficient: { labelKey: "benchmarks.chart.insufficient" } });
    expect(row("strategy")?.labelKey).toBe("instrument.sections.strategy.title");
  });

  it("prints its labels in the reader's locale (the page and the PDF share this geometry)", () => {
    const fr = buildDimensionChart(scores, { format: createFormat("fr") });
    expect(fr.rows.find((r) => r.dimension === "strategy")?.reference?.valueLabel).toBe("3,2");
    expect(fr.rows.find((r) => r.dimension === "analytics")?.bar?.valueLabel).toBe("33");
  });

  it("has axis ticks every 20 and the stage cut-offs", () => {
    expect(chart.ticks.map((t) => [t.value, t.x])).toEqual([[0, 170], [20, 222], [40, 274], [60, 326], [80, 378], [100, 430]]);
    expect(chart.cutOffs.map((t) => t.value)).toEqual([20, 40, 60, 80]);
  });

  it("can leave the reference out, and is plain JSON", () => {
    const bare = buildDimensionChart(scores, { format: createFormat("en"), referenceDatasetId: null, dimensions: ["strategy", "data"] });
    expect(bare.reference).toBeNull();
    expect(bare.rows.map((r) => [r.dimension, r.reference, r.noReference])).toEqual([["strategy", null, null], ["data", null, null]]);
    expect(JSON.parse(JSON.stringify(chart))).toEqual(chart);
  });
});
