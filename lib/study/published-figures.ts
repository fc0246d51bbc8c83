import type { Citation } from "@/lib/benchmarks/citation-schema";
import type { Bound, Dataset, LocalizedName } from "@/lib/benchmarks/dataset-schema";
import type { DimensionId } from "@/lib/questionnaire/types";

/**
 * The published studies' figures for one item or dimension, to set beside today's figures with their
 * citation. Nothing is estimated: a study that publishes nothing for it is left out.
 */
export type PublishedItemFigure = {
  datasetId: string;
  name: LocalizedName;
  surveyYear: number;
  n: number | null;
  /** Shares per option (a tick-all item's need not sum to 1); `null` when only a bound is published. */
  shares: Record<string, number> | null;
  /** Bounds as published, per option or (key "") for the whole item; worded by lib/benchmarks/citations. */
  bounds: Record<string, Bound>;
  source: string;
  citation?: Citation;
  cohort: { citation?: Citation; source: string; n: number | null };
};

export function publishedItemFigures(studies: readonly Dataset[], itemId: string): PublishedItemFigure[] {
  return studies.flatMap((study): PublishedItemFigure[] => {
    const figure = study.items?.[itemId];
    if (!figure) return [];
    const base = {
      datasetId: study.id,
      name: study.name,
      surveyYear: study.surveyYear,
      n: study.n,
      source: figure.source,
      citation: figure.citation,
      cohort: { citation: study.citation, source: study.source, n: study.n },
    };
    if (figure.kind === "bound") return [{ ...base, shares: null, bounds: { "": figure.bound } }];
    return [{ ...base, shares: figure.shares, bounds: figure.kind === "multi" ? (figure.bounds ?? {}) : {} }];
  });
}

/** A published mean level (the IDB's 1–5 scale, not our 0–100 score) with its scale and source. */
export type PublishedLevel = { datasetId: string; name: LocalizedName; level: number; scale: string; scaleText?: LocalizedName; source: string; cohort: { citation?: Citation; source: string; n: number | null } };

export function publishedLevels(studies: readonly Dataset[], dimension: DimensionId): PublishedLevel[] {
  return studies.flatMap((study) => {
    const dimensions = study.dimensions;
    const entry = dimensions?.[dimension];
    if (!dimensions || !entry || !("level" in entry)) return [];
    const meta = dimensions._meta;
    return [{ datasetId: study.id, name: study.name, level: entry.level, scale: meta.scale, scaleText: meta.scaleText, source: meta.source, cohort: { citation: study.citation, source: study.source, n: study.n } }];
  });
}
