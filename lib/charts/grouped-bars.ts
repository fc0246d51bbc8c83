import { wrapLabel } from "./wrap-label";

/**
 * Geometry of the compare view's grouped bar chart: one group per dimension (its name above it), one
 * horizontal bar per compared assessment, on a 0–100 axis, and a legend below. Computed once and drawn by
 * the page's SVG, which is also what the SVG and PNG exports save (so the chart carries its own labels).
 * Colours: a palette told apart with the common colour-vision deficiencies (Okabe–Ito, then two more).
 */
export const SERIES_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#8C6D31"] as const;

export type GroupedBarsInput = {
  groups: readonly { key: string; label: string }[];
  series: readonly { key: string; label: string }[];
  /** A value on 0–100, or null (not scored: no bar, a dash at the axis). */
  value: (groupKey: string, seriesKey: string) => number | null;
  /** The printed value of a bar ("67"). */
  format: (value: number) => string;
  width?: number;
};

export type GroupedBar = { seriesKey: string; x: number; y: number; width: number; height: number; fill: string; text: string; textX: number };
/** A label in lines that fit the chart's width (SVG text does not wrap), each with its baseline. */
export type LabelLine = { text: string; y: number };
export type BarGroup = { key: string; label: string; labelY: number; lines: LabelLine[]; bars: GroupedBar[] };

export type GroupedBars = {
  width: number;
  height: number;
  plot: { x: number; width: number; top: number; bottom: number };
  ticks: { x: number; label: string }[];
  groups: BarGroup[];
  legend: { label: string; fill: string; x: number; y: number; lines: LabelLine[] }[];
  fontSize: number;
};

const FONT = 12;
const BAR = 9;
const BAR_GAP = 2;
const LABEL_HEIGHT = 18;
const GROUP_GAP = 10;
const VALUE_ROOM = 30;
const LEGEND_ROW = 18;
const LINE_HEIGHT = 15;
const SWATCH_ROOM = 18;

export function buildGroupedBars(input: GroupedBarsInput): GroupedBars {
  const width = input.width ?? 560;
  const plot = { x: 4, width: width - 4 - VALUE_ROOM, top: 0, bottom: 0 };
  const scale = (value: number) => (Math.max(0, Math.min(100, value)) / 100) * plot.width;
  let y = 4;
  const groups = input.groups.map((group) => {
    // A long dimension name (or a narrow chart) takes several lines above its bars, never the bars' room.
    const lines = wrapLabel(group.label, width - plot.x - 2, FONT).map((text, index) => ({ text, y: y + FONT + index * LINE_HEIGHT }));
    const labelY = lines[0]!.y;
    y += LABEL_HEIGHT + (lines.length - 1) * LINE_HEIGHT;
    const bars = input.series.map((series, index) => {
      const value = input.value(group.key, series.key);
      const barWidth = value === null ? 0 : scale(value);
      const bar: GroupedBar = {
        seriesKey: series.key,
        x: plot.x,
        y,
        width: barWidth,
        height: BAR,
        fill: SERIES_COLORS[index % SERIES_COLORS.length]!,
        text: value === null ? "–" : input.format(value),
        textX: plot.x + barWidth + 3,
      };
      y += BAR + BAR_GAP;
      return bar;
    });
    y += GROUP_GAP;
    return { key: group.key, label: group.label, labelY, lines, bars };
  });
  plot.top = 4;
  plot.bottom = y - GROUP_GAP;
  const ticks = [0, 20, 40, 60, 80, 100].map((value) => ({ x: plot.x + scale(value), label: input.format(value) }));
  y += FONT + 8;
  // Legend: one entry per row, its name wrapped to the chart's width, so long agency names never overlap.
  const legend = input.series.map((series, index) => {
    const lines = wrapLabel(series.label, width - plot.x - SWATCH_ROOM - 2, FONT).map((text, line) => ({ text, y: y + 11 + line * LINE_HEIGHT }));
    const entry = { label: series.label, fill: SERIES_COLORS[index % SERIES_COLORS.length]!, x: plot.x, y, lines };
    y += LEGEND_ROW + (lines.length - 1) * LINE_HEIGHT;
    return entry;
  });
  return { width, height: y, plot, ticks, groups, legend, fontSize: FONT };
}
