import { describe, expect, it } from "vitest";
import { buildGroupedBars, SERIES_COLORS } from "./grouped-bars";

describe("grouped bars geometry", () => {
  const chart = buildGroupedBars({
    groups: [{ key: "strategy", label: "Strategy" }, { key: "data", label: "Data" }],
    series: [{ key: "a", label: "Agency A 2026" }, { key: "b", label: "Agency B 2027" }],
    value: (group, series) => (group === "data" && series === "b" ? null : group === "strategy" ? (series === "a" ? 50 : 100) : 25),
    format: (value) => String(Math.round(value)),
    width: 534,
  });

  it("draws one bar per series in each group, scaled on 0–100, in the series' colour", () => {
    const [strategy, data] = chart.groups;
    expect(strategy!.bars.map((bar) => [bar.width, bar.fill, bar.text])).toEqual([[250, SERIES_COLORS[0], "50"], [500, SERIES_COLORS[1], "100"]]);
    expect(data!.bars[0]!.width).toBe(125);
    expect(data!.bars[0]!.y).toBeGreaterThan(strategy!.bars[1]!.y);
  });

  it("leaves an unscored value without a bar and prints a dash", () => {
    expect(chart.groups[1]!.bars[1]).toMatchObject({ width: 0, text: "–" });
  });

  it("lists every series in the legend below the plot", () => {
    expect(chart.legend.map((entry) => entry.label)).toEqual(["Agency A 2026", "Agency B 2027"]);
    expect(chart.legend[0]!.y).toBeGreaterThan(chart.plot.bottom);
    expect(chart.height).toBeGreaterThan(chart.legend[1]!.y);
  });

  it("wraps long dimension and agency names to a narrow chart's width, pushing what follows down", () => {
    const long = "Technologies de front-office innovantes pour les jeunes";
    const agency = "Servicio Nacional de Empleo de la República Dominicana (2026)";
    const narrow = buildGroupedBars({ groups: [{ key: "y", label: long }], series: [{ key: "a", label: agency }], value: () => 50, format: String, width: 300 });
    const [group] = narrow.groups;
    expect(group!.lines.length).toBeGreaterThan(1);
    expect(group!.lines.map((line) => line.text).join(" ")).toBe(long);
    // Every line fits: at most (300 − 6) / (12 × 0.6) = 40 characters; the bars start below the last line.
    for (const line of [...group!.lines, ...narrow.legend[0]!.lines]) expect(line.text.length).toBeLessThanOrEqual(40);
    expect(group!.bars[0]!.y).toBeGreaterThan(group!.lines.at(-1)!.y);
    expect(narrow.legend[0]!.lines.map((line) => line.text).join(" ")).toBe(agency);
    expect(narrow.height).toBeGreaterThan(narrow.legend[0]!.lines.at(-1)!.y);
    // At the default width the same name stays on one line.
    expect(buildGroupedBars({ groups: [{ key: "y", label: long }], series: [], value: () => 1, format: String }).groups[0]!.lines).toHaveLength(1);
  });
});
