import type { Format } from "@/lib/format/create-format";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { AssessmentScores, CohortRef } from "@/lib/scoring/types";

/**
 * Geometry of the dimension chart, computed once from the snapshot and drawn by both the results page
 * (SVG) and the PDF (react-pdf `Svg`): horizontal bars of the agency's dimension scores (0–100) with a
 * marker for the cohort's published 1–5 level placed on the same axis at (level − 1) / 4 × 100, labelled
 * indicative (the IDB does not publish its aggregation item by item). Plain numbers and strings only.
 * Label keys are full message keys (namespace included), since they come from two namespaces.
 */

/**
 * `labelX`/`labelY`: where the value is written (after the bar end; the level in the right column).
 * `fraction` (0–1 of the axis) lets a layout that sizes its own track (the page's stacked rows, the PDF's
 * row views, whose labels wrap) place the bar and the marker on the same scale.
 */
export type ChartBar = { x: number; y: number; width: number; height: number; score: number; fraction: number; valueLabel: string; labelX: number; labelY: number };
export type ChartMarker = { x: number; y1: number; y2: number; level: number; value: number; fraction: number; valueLabel: string; labelX: number; labelY: number };
export type ChartNote = { x: number; y: number; labelKey: string };

export type ChartRow = {
  dimension: DimensionId;
  labelKey: string;
  labelX: number;
  labelY: number;
  /** `null` when the dimension is not scored; `insufficient` then says so (never drawn as 0). */
  bar: ChartBar | null;
  insufficient: ChartNote | null;
  reference: ChartMarker | null;
  /** Shown when the cohort has no figure for this dimension. */
  noReference: ChartNote | null;
};

export type ChartTick = { value: number; x: number; fraction: number; label: string };

export type DimensionChart = {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  ticks: ChartTick[];
  /** Stage cut-offs drawn as light vertical lines (20, 40, 60, 80). */
  cutOffs: ChartTick[];
  rows: ChartRow[];
  reference: { cohort: CohortRef; labelKey: string; noteKey: string } | null;
  axisLabelKey: string;
};

export type DimensionChartOptions = {
  /** The reader's formatter: value labels are printed with it, identically on the page and in the PDF. */
  format: Format;
  dimensions?: readonly DimensionId[];
  referenceDatasetId?: string | null;
  width?: number;
  /** Room for the dimension names on the left (long names in French and Spanish need more). */
  labelWidth?: number;
};

const LABEL_WIDTH = 170;
/** Right column: the cohort level, or "no reference figure". */
const RIGHT_COLUMN = 130;
const VALUE_GAP = 30;
const TOP = 8;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 14;
const AXIS_HEIGHT = 28;

/** Coordinates rounded to 0.01 so both renderers get the same short numbers. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A 1–5 level on the 0–100 axis: (level − 1) / 4 × 100 (the inverse of level = 1 + 4 × score / 100). */
export function levelToScore(level: number): number {
  return ((level - 1) / 4) * 100;
}

export function buildDimensionChart(scores: AssessmentScores, options: DimensionChartOptions): DimensionChart {
  const width = options.width ?? 560;
  const dimensions = options.dimensions ?? (Object.keys(scores.dimensions) as DimensionId[]);
  const referenceId = options.referenceDatasetId === undefined ? "idb-lac-2022" : options.referenceDatasetId;
  const comparison = scores.comparisons.find((c) => c.cohort.datasetId === referenceId) ?? null;
  const labelWidth = options.labelWidth ?? LABEL_WIDTH;
  const plot = { x: labelWidth, y: TOP, width: width - labelWidth - RIGHT_COLUMN, height: dimensions.length * ROW_HEIGHT };
  const xOf = (value: number) => round(plot.x + (value / 100) * plot.width);
  const tick = (value: number): ChartTick => ({ value, x: xOf(value), fraction: value / 100, label: options.format.number(value) });
  const rightColumnX = plot.x + plot.width + VALUE_GAP;

  const rows = dimensions.map((dimension, index): ChartRow => {
    const top = plot.y + index * ROW_HEIGHT;
    const barY = round(top + (ROW_HEIGHT - BAR_HEIGHT) / 2);
    const middle = round(top + ROW_HEIGHT / 2);
    const { score } = scores.dimensions[dimension];
    const level = comparison?.dimensions[dimension]?.publishedLevel?.level ?? null;
    return {
      dimension,
      labelKey: `instrument.sections.${dimension}.title`,
      labelX: plot.x - 8,
      labelY: middle,
      bar:
        score === null
          ? null
          : { x: plot.x, y: barY, width: round((score / 100) * plot.width), height: BAR_HEIGHT, score, fraction: score / 100, valueLabel: options.format.score(score), labelX: round(xOf(score) + 4), labelY: middle },
      insufficient: score === null ? { x: plot.x + 4, y: middle, labelKey: "benchmarks.chart.insufficient" } : null,
      reference:
        level === null
          ? null
          : { x: xOf(levelToScore(level)), y1: round(top + 3), y2: round(top + ROW_HEIGHT - 3), level, value: levelToScore(level), fraction: levelToScore(level) / 100, valueLabel: options.format.level(level), labelX: rightColumnX, labelY: middle },
      noReference: comparison && level === null ? { x: rightColumnX, y: middle, labelKey: "benchmarks.chart.noReferenceFigure" } : null,
    };
  });

  return {
    width,
    height: plot.y + plot.height + AXIS_HEIGHT,
    plot,
    ticks: [0, 20, 40, 60, 80, 100].map(tick),
    cutOffs: [20, 40, 60, 80].map(tick),
    rows,
    reference: comparison
      ? { cohort: comparison.cohort, labelKey: "benchmarks.chart.referenceLegend", noteKey: "benchmarks.chart.indicativeNote" }
      : null,
    axisLabelKey: "benchmarks.chart.axis",
  };
}
