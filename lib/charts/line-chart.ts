import type { Format } from "@/lib/format/create-format";

/**
 * Geometry of a small line chart on the 0–100 scale (an agency's indices over its rounds), computed once and
 * drawn by the results page's SVG. Rounds are evenly spaced on x (a round is a year, but a skipped year is
 * not a gap in the agency's progress); a null value breaks the line, so no point is ever invented.
 * The SVG scales to its container: at phone width the whole chart shrinks instead of scrolling sideways,
 * which is why round labels are thinned when they would not fit side by side.
 */
export const LINE_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7"] as const;

export type LineSeries = { key: string; label: string; values: readonly (number | null)[] };

export type LinePoint = { x: number; y: number; value: number; valueLabel: string; index: number };

export type LineChart = {
  width: number;
  height: number;
  fontSize: number;
  plot: { x: number; y: number; width: number; height: number };
  /** One tick per round; `label` is null where labels are thinned out. */
  xTicks: { x: number; label: string | null; isHighlighted: boolean }[];
  yTicks: { y: number; label: string }[];
  series: { key: string; label: string; color: string; segments: string[]; points: LinePoint[] }[];
};

export type LineChartInput = {
  xLabels: readonly string[];
  series: readonly LineSeries[];
  /** The reader's formatter: axis and value labels are printed with it. */
  format: Format;
  /** The round to emphasise (the one whose results are open). */
  highlightIndex?: number;
  width?: number;
  height?: number;
};

const FONT = 11;
const MARGIN = { left: 30, right: 14, top: 10, bottom: 24 };
/** Room one round label needs on the axis ("2027" at 11 px, plus air). */
const LABEL_ROOM = 36;
const Y_STEPS = [0, 25, 50, 75, 100];

/** An SVG path coordinate (not a number users read: those go through lib/format), to a tenth of a unit. */
const coordinate = (value: number) => `${Math.round(value * 10) / 10}`;

export function buildLineChart(input: LineChartInput): LineChart {
  const width = input.width ?? 360;
  const height = input.height ?? 180;
  const plot = { x: MARGIN.left, y: MARGIN.top, width: width - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom };
  const count = input.xLabels.length;
  const xOf = (index: number) => plot.x + (count <= 1 ? plot.width / 2 : (index / (count - 1)) * plot.width);
  const yOf = (value: number) => plot.y + plot.height - (Math.max(0, Math.min(100, value)) / 100) * plot.height;
  // Every n-th round is labelled when all would not fit; the last (the newest) always is.
  const step = Math.max(1, Math.ceil(count / Math.max(1, Math.floor(plot.width / LABEL_ROOM))));
  const isLabelled = (index: number) => index === count - 1 || (index % step === 0 && count - 1 - index >= step);
  return {
    width,
    height,
    fontSize: FONT,
    plot,
    xTicks: input.xLabels.map((label, index) => ({ x: xOf(index), label: isLabelled(index) ? label : null, isHighlighted: index === input.highlightIndex })),
    yTicks: Y_STEPS.map((value) => ({ y: yOf(value), label: input.format.number(value) })),
    series: input.series.map((series, seriesIndex) => {
      const points = series.values.flatMap((value, index) =>
        value === null ? [] : [{ x: xOf(index), y: yOf(value), value, valueLabel: input.format.score(value), index }],
      );
      // Consecutive rounds with a value are joined; a null starts a new segment (a lone point stays a dot).
      const segments: string[] = [];
      let current: string[] = [];
      const close = () => {
        if (current.length > 1) segments.push(current.join(" "));
        current = [];
      };
      series.values.forEach((value, index) => {
        if (value === null) return close();
        current.push(`${current.length === 0 ? "M" : "L"}${coordinate(xOf(index))},${coordinate(yOf(value))}`);
      });
      close();
      return { key: series.key, label: series.label, color: LINE_COLORS[seriesIndex % LINE_COLORS.length]!, segments, points };
    }),
  };
}
