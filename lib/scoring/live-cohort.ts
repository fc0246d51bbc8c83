import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import { INDEX_IDS } from "./indices";
import type { AssessmentScores, IndexId } from "./types";

/** A live cohort figure is shown only when at least 5 other agencies are in it (§5), so none is identifiable. */
export const MIN_LIVE_COHORT = 5;

export type LiveCohortFigure = { median: number; min: number; max: number; n: number };

/** One other agency's approved snapshot. The caller leaves out the agency itself and opted-out agencies. */
export type LiveCohortMember = {
  agencyId: string;
  scores: Pick<AssessmentScores, "instrumentVersion" | "dimensions" | "indices">;
};

export type LiveCohort = {
  instrumentVersion: string;
  /** Agencies answered on this instrument version (others are left out: their items differ). */
  agencies: number;
  minimum: typeof MIN_LIVE_COHORT;
  /** `null`: fewer than 5 agencies have this dimension scored. */
  dimensions: Record<DimensionId, LiveCohortFigure | null>;
  indices: Record<IndexId, LiveCohortFigure | null>;
};

/** Median (the mean of the two middle values for an even n), minimum and maximum; null below the minimum n. */
export function summariseScores(values: readonly number[]): LiveCohortFigure | null {
  if (values.length < MIN_LIVE_COHORT) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}

/**
 * The live cohort of approved assessments (§5): per dimension and index, the median and min–max of the
 * scores of the agencies where it is scored. Pure: the caller picks the snapshots (one per agency).
 * The rule stated in memory: the app computes it in SQL over the typed score columns
 * (lib/data/score-figures/), and lib/data/score-aggregates.test.ts checks that both agree.
 */
export function buildLiveCohort(members: readonly LiveCohortMember[], instrumentVersion: string): LiveCohort {
  const ids = new Set<string>();
  for (const member of members) {
    // Two snapshots of one agency would count it twice and weaken the anonymity threshold: a caller bug.
    if (ids.has(member.agencyId)) throw new Error(`Agency ${member.agencyId} appears twice in the live cohort`);
    ids.add(member.agencyId);
  }
  const same = members.filter((member) => member.scores.instrumentVersion === instrumentVersion).map((m) => m.scores);
  const scoresOf = (pick: (scores: (typeof same)[number]) => number | null) =>
    same.flatMap((scores) => {
      const value = pick(scores);
      return value === null ? [] : [value];
    });
  return {
    instrumentVersion,
    agencies: same.length,
    minimum: MIN_LIVE_COHORT,
    dimensions: Object.fromEntries(
      DIMENSION_IDS.map((d) => [d, summariseScores(scoresOf((scores) => scores.dimensions[d]?.score ?? null))]),
    ) as LiveCohort["dimensions"],
    indices: Object.fromEntries(
      INDEX_IDS.map((index) => [index, summariseScores(scoresOf((scores) => scores.indices[index]?.value ?? null))]),
    ) as LiveCohort["indices"],
  };
}
