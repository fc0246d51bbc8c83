import type { DimensionScore } from "@/lib/scoring/types";

/**
 * What a comparison means for an agency, in words shared by the results page and the PDF
 * (`benchmarks.framing.*`).
 */

/**
 * True when no study the agency is compared with covers its region (e.g. an African agency against the
 * Asia-Pacific and Latin American studies): the page and the report then say how to read the comparison.
 * A global study does not count as covering a region.
 */
export function isOutsideStudiedRegions(region: string, cohortRegions: readonly string[]): boolean {
  return !cohortRegions.includes(region);
}

/** The dimensions that are not scored (fewer than half their questions with points), in instrument order. */
export function unscoredDimensions(dimensions: Record<string, DimensionScore>): DimensionScore[] {
  return Object.values(dimensions).filter((dimension) => dimension.status === "insufficient");
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The headline sentence on unscored dimensions, or `null` when every dimension is scored. `t` translates
 * full keys; `dimensionTitle` gives a dimension's title; `label` is how an unscored dimension is shown.
 */
export function unscoredSentence(
  dimensions: Record<string, DimensionScore>,
  t: Translate,
  dimensionTitle: (dimension: string) => string,
  locale: string,
  label: string,
): string | null {
  const unscored = unscoredDimensions(dimensions);
  if (unscored.length === 0) return null;
  const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(
    unscored.map((d) => t("benchmarks.framing.unscoredItem", { dimension: dimensionTitle(d.dimension), answered: d.answeredWithPoints, total: d.itemCount })),
  );
  return t("benchmarks.framing.unscored", { count: unscored.length, dimensions: list, label });
}
