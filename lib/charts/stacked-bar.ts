/**
 * Geometry of one stacked bar (the study's per-item charts): the share of the cohort giving each answer,
 * left to right in the scale's order, computed once and drawn by the regional report page (SVG) and its
 * PDF (react-pdf `Svg`). Plain numbers and strings; colours by the option's rank in its scale, so the
 * same answer has the same colour on every bar; "don't know" is always grey.
 */

export type StackedSegment = {
  option: string;
  share: number;
  x: number;
  width: number;
  fill: string;
  /** Whole-percent label, drawn inside the segment only when it fits. */
  label: string | null;
};

export type StackedBar = { width: number; height: number; segments: StackedSegment[] };

/** Highest level first (dark) to lowest (light), for scales of up to 6 ordered options. */
export const SEGMENT_COLORS = ["#1d4e89", "#2f6fb3", "#6fa3d8", "#b9d3ee", "#dbe7f5", "#eef3f9"] as const;
export const DONT_KNOW_COLOR = "#9aa5b1";
/** Light segments take dark text, dark ones white. */
export function labelColor(fill: string): string {
  return fill === SEGMENT_COLORS[0] || fill === SEGMENT_COLORS[1] ? "#ffffff" : "#1f2933";
}

export function segmentColor(option: string, rank: number): string {
  return option === "dont_know" ? DONT_KNOW_COLOR : SEGMENT_COLORS[Math.min(rank, SEGMENT_COLORS.length - 1)]!;
}

/** Enough room for "100 %" (French spaces it) at the report's small type size. */
const MIN_LABEL_WIDTH = 30;

/** `share` prints a segment's label: the reader's formatter (lib/format), "33%" / "33 %". */
export function buildStackedBar(options: readonly { option: string; share: number }[], width: number, share: (value: number) => string, height = 14): StackedBar {
  let x = 0;
  const segments = options.map((entry, rank) => {
    const segmentWidth = entry.share * width;
    const segment: StackedSegment = {
      option: entry.option,
      share: entry.share,
      x,
      width: segmentWidth,
      fill: segmentColor(entry.option, rank),
      label: segmentWidth >= MIN_LABEL_WIDTH ? share(entry.share) : null,
    };
    x += segmentWidth;
    return segment;
  });
  return { width, height, segments: segments.filter((segment) => segment.width > 0) };
}
