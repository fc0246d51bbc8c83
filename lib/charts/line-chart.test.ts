import { describe, expect, it } from "vitest";
import { createFormat } from "@/lib/format/create-format";
import { buildLineChart } from "./line-chart";

const format = createFormat("en");
// width 344 × height 134: plot from x 30, 300 wide; from y 10, 100 high (y = 110 − value).
const size = { width: 344, height: 134 };

describe("buildLineChart", () => {
  it("spaces rounds evenly and maps 0–100 onto the plot", () => {
    const chart = buildLineChart({ ...size, format, xLabels: ["2024", "2025", "2026", "2027"], series: [{ key: "dm", label: "Digital", values: [0, 50, 75, 100] }] });
    expect(chart.plot).toEqual({ x: 30, y: 10, width: 300, height: 100 });
    expect(chart.xTicks.map((tick) => [tick.x, tick.label])).toEqual([[30, "2024"], [130, "2025"], [230, "2026"], [330, "2027"]]);
    expect(chart.series[0]!.points.map((p) => [p.x, p.y])).toEqual([[30, 110], [130, 60], [230, 35], [330, 10]]);
    expect(chart.series[0]!.segments).toEqual(["M30,110 L130,60 L230,35 L330,10"]);
  });

  it("breaks the line at a missing value and keeps a lone value as a point", () => {
    const chart = buildLineChart({ ...size, format, xLabels: ["2024", "2025", "2026", "2027"], series: [{ key: "dm", label: "Digital", values: [0, 50, null, 100] }] });
    const [series] = chart.series;
    expect(series!.points.map((p) => p.index)).toEqual([0, 1, 3]);
    expect(series!.segments).toEqual(["M30,110 L130,60"]);
  });

  it("puts a single round in the middle, clamps values to the scale and prints labels with the formatter", () => {
    const chart = buildLineChart({ ...size, format: createFormat("fr"), xLabels: ["2026"], series: [{ key: "dm", label: "Digital", values: [123.6] }] });
    expect(chart.xTicks[0]!.x).toBe(180);
    expect(chart.series[0]!.points[0]).toMatchObject({ y: 10, valueLabel: "124" });
    expect(chart.series[0]!.segments).toEqual([]);
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(["0", "25", "50", "75", "100"]);
  });

  it("thins the round labels when they would not fit side by side, always labelling the newest round", () => {
    const years = Array.from({ length: 20 }, (_, i) => String(2010 + i));
    const chart = buildLineChart({ ...size, format, xLabels: years, series: [] });
    // 300 px hold 8 labels of 36 px: every 3rd round, and the last without crowding the one before it.
    expect(chart.xTicks.filter((tick) => tick.label !== null).map((tick) => tick.label)).toEqual(["2010", "2013", "2016", "2019", "2022", "2025", "2029"]);
    const labelled = chart.xTicks.filter((tick) => tick.label !== null).map((tick) => tick.x);
    const gaps = labelled.slice(1).map((x, i) => x - labelled[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(36);
  });

  it("marks the highlighted round and gives each series its own colour", () => {
    const chart = buildLineChart({ ...size, format, highlightIndex: 1, xLabels: ["2025", "2026"], series: [{ key: "a", label: "A", values: [1, 2] }, { key: "b", label: "B", values: [3, 4] }] });
    expect(chart.xTicks.map((tick) => tick.isHighlighted)).toEqual([false, true]);
    expect(new Set(chart.series.map((s) => s.color)).size).toBe(2);
  });
});
