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
 * The figure of a key's sorted values s(1..n) without one member's value `without` (null: all of them),
 * from the `rank` rows alone: removing one occurrence of v shifts every later value down by one, so the
 * k-th remaining value is s(k) when s(k+1) ≤ v, else s(k+1). The median is the mean of the ranks
 * ⌊(N+1)/2⌋ and ⌊(N+2)/2⌋ of the N values left, like the SQL figure and summariseScores.
 */
export function figureWithout(n: number, ranked: ReadonlyMap<number, number>, without: number | null): LiveCohortFigure | null {
  const s = (rank: number) => {
    const value = ranked.get(rank);
    if (value === undefined) throw new Error(`rank ${rank} of ${n} was not read`);
    return value;
  };
  const count = without === null ? n : n - 1;
  if (count < MIN_LIVE_COHORT) return null;
  const t = without === null ? s : (k: number) => (s(k + 1) <= without ? s(k) : s(k + 1));
  const median = (t(Math.floor((count + 1) / 2)) + t(Math.floor((count + 2) / 2))) / 2;
  return { median, min: t(1), max: t(count), n: count };
}

/** One member's own values and stages (from its `figure` and `stage` rows), to take out of a cohort. */
export type MemberFigures = { values: ReadonlyMap<string, number>; stages: ReadonlyMap<string, string> };

export function toMemberFigures(rows: readonly FigureRow[]): MemberFigures | null {
  const members = rows.find((row) => row.kind === "members");
  if (!members || members.n === 0) return null;
  return {
    values: new Map(rows.flatMap((row) => (row.kind === "figure" && row.key !== null && row.min !== null ? [[row.key, row.min] as const] : []))),
    stages: new Map(rows.flatMap((row) => (row.kind === "stage" && row.key !== null && row.stage !== null ? [[row.key, row.stage] as const] : []))),
  };
}

/**
 * A scope's LiveCohort from rows read with `withRanks`, without one member (an agency never counts in
 * its own cohort): the figures recomputed by figureWithout, the member count one lower.
 */
export function toLiveCohortWithout(rows: readonly FigureRow[], scope: string, instrumentVersion: string, member: MemberFigures | null): LiveCohort {
  const ranked = new Map<string, Map<number, number>>();
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.kind !== "rank" || row.scope !== scope || row.key === null || row.rank === null || row.value === null) continue;
    const byRank = ranked.get(row.key) ?? new Map<number, number>();
    byRank.set(row.rank, row.value);
    ranked.set(row.key, byRank);
    counts.set(row.key, row.n);
  }
  const figure = (key: string): LiveCohortFigure | null => {
    const n = counts.get(key);
    if (n === undefined) return null;
    const own = member?.values.get(key);
    return figureWithout(n, ranked.get(key)!, own === undefined ? null : own);
  };
  return {
    instrumentVersion,
    agencies: membersOf(rows, scope) - (member ? 1 : 0),
    minimum: MIN_LIVE_COHORT,
    dimensions: Object.fromEntries(DIMENSION_IDS.map((d) => [d, figure(d)])) as LiveCohort["dimensions"],
    indices: Object.fromEntries(INDEX_IDS.map((i) => [i, figure(`${INDEX_KEY_PREFIX}${i}`)])) as LiveCohort["indices"],
  };
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
