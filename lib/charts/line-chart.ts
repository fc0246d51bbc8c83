/**
 * Geometry of a small line chart on the 0–100 scale (an agency's indices over its rounds): x by round,
 * evenly spaced; a null value breaks the line (no point is invented). Drawn by the results page's SVG.
 */
export const LINE_COLORS = ["#1d4e89", "#c2410c", "#009E73", "#CC79A7"] as const;

export type LineSeries = { key: string; label: string; values: readonly (number | null)[] };

export type LineChart = {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  series: { key: string; label: string; color: string; segments: string[]; points: { x: number; y: number; value: number }[] }[];
};

export function buildLineChart(input: { xLabels: readonly string[]; series: readonly LineSeries[]; width?: number; height?: number }): LineChart {
  const width = input.width ?? 360;
  const height = input.height ?? 180;
  const plot = { x: 30, y: 8, width: width - 40, height: height - 30 };
  const count = input.xLabels.length;
  const xOf = (index: number) => plot.x + (count <= 1 ? plot.width / 2 : (index / (count - 1)) * plot.width);
  const yOf = (value: number) => plot.y + plot.height - (Math.max(0, Math.min(100, value)) / 100) * plot.height;
  return {
    width,
    height,
    plot,
    xTicks: input.xLabels.map((label, index) => ({ x: xOf(index), label })),
    yTicks: [0, 20, 40, 60, 80, 100].map((value) => ({ y: yOf(value), label: String(value) })),
    series: input.series.map((series, index) => {
      const points = series.values.flatMap((value, i) => (value === null ? [] : [{ x: xOf(i), y: yOf(value), value, index: i }]));
      // Consecutive rounds with a value are joined; a gap (null) starts a new segment.
      const segments: string[] = [];
      let current: string[] = [];
      series.values.forEach((value, i) => {
        if (value === null) {
          if (current.length > 1) segments.push(current.join(" "));
          current = [];
          return;
        }
        current.push(`${current.length === 0 ? "M" : "L"}${xOf(i).toFixed(1)},${yOf(value).toFixed(1)}`);
      });
      if (current.length > 1) segments.push(current.join(" "));
      return { key: series.key, label: series.label, color: LINE_COLORS[index % LINE_COLORS.length]!, segments, points: points.map(({ x, y, value }) => ({ x, y, value })) };
    }),
  };
}
