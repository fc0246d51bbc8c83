import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import { INDEX_IDS } from "@/lib/scoring/indices";
import { MIN_LIVE_COHORT, type LiveCohort, type LiveCohortFigure } from "@/lib/scoring/live-cohort";
import { STAGES, type Stage } from "@/lib/scoring/stages";
import { INDEX_KEY_PREFIX, type FigureRow } from "./score-figures-sql";

/** The scope's members counted by the aggregate (0 when it has none). */
export function membersOf(rows: readonly FigureRow[], scope: string): number {
  return rows.find((row) => row.kind === "members" && row.scope === scope)?.n ?? 0;
}

/**
 * A scope's rows as a LiveCohort: a figure only where at least MIN_LIVE_COHORT agencies have a score
 * (§5, the rule of lib/scoring/live-cohort.ts), so no agency is identifiable.
 */
export function toLiveCohort(rows: readonly FigureRow[], scope: string, instrumentVersion: string): LiveCohort {
  const figure = (key: string): LiveCohortFigure | null => {
    const row = rows.find((r) => r.kind === "figure" && r.scope === scope && r.key === key);
    if (!row || row.n < MIN_LIVE_COHORT || row.median === null || row.min === null || row.max === null) return null;
    return { median: row.median, min: row.min, max: row.max, n: row.n };
  };
  return {
    instrumentVersion,
    agencies: membersOf(rows, scope),
    minimum: MIN_LIVE_COHORT,
    dimensions: Object.fromEntries(DIMENSION_IDS.map((d) => [d, figure(d)])) as LiveCohort["dimensions"],
    indices: Object.fromEntries(INDEX_IDS.map((i) => [i, figure(`${INDEX_KEY_PREFIX}${i}`)])) as LiveCohort["indices"],
  };
}

/** Per dimension, how many of the scope's members reached each stage. */
export function toStageCounts(rows: readonly FigureRow[], scope: string): Record<DimensionId, Record<Stage, number>> {
  const counts = Object.fromEntries(
    DIMENSION_IDS.map((d) => [d, Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>]),
  ) as Record<DimensionId, Record<Stage, number>>;
  for (const row of rows) {
    if (row.kind !== "stage" || row.scope !== scope) continue;
    const byStage = counts[row.key as DimensionId];
    if (byStage && row.stage !== null && row.stage in byStage) byStage[row.stage as Stage] = row.n;
  }
  return counts;
}
