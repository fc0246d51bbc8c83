import { describe, expect, it } from "vitest";
import { buildLineChart } from "./line-chart";

describe("line chart geometry", () => {
  it("spaces rounds evenly, maps 0–100 to the plot and breaks the line at a missing value", () => {
    const chart = buildLineChart({ xLabels: ["2024", "2025", "2026", "2027"], series: [{ key: "dm", label: "Digital", values: [0, 50, null, 100] }], width: 340, height: 130 });
    expect(chart.xTicks.map((tick) => tick.x)).toEqual([30, 130, 230, 330]);
    const [series] = chart.series;
    expect(series!.points.map((p) => [p.x, p.y])).toEqual([[30, 108], [130, 58], [330, 8]]);
    // 2024–2025 joined; 2027 alone after the gap is a point, not a line.
    expect(series!.segments).toEqual(["M30.0,108.0 L130.0,58.0"]);
  });
});
