import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import { buildLiveCohort, MIN_LIVE_COHORT, type LiveCohort } from "@/lib/scoring/live-cohort";
import { STAGES, type Stage } from "@/lib/scoring/stages";
import type { AssessmentScores } from "@/lib/scoring/types";

export type StatusKey = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "NOT_STARTED";
export const STATUS_KEYS = ["NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const satisfies readonly StatusKey[];

export type RegionalAgency = {
  agencyId: string;
  region: string;
  /** The status of the agency's assessment that counts (its latest round, or the chosen round); null: none. */
  status: Exclude<StatusKey, "NOT_STARTED"> | null;
  /** The current snapshot of the agency's latest approved assessment (in the chosen round, if any). */
  approvedScores: Pick<AssessmentScores, "instrumentVersion" | "dimensions" | "indices"> | null;
};

export type RegionSummary = {
  region: string;
  agencies: number;
  byStatus: Record<StatusKey, number>;
  approved: number;
  /** Only when at least MIN_LIVE_COHORT agencies are approved (no agency is identifiable below that). */
  figures: { stages: Record<DimensionId, Record<Stage, number>>; cohort: LiveCohort } | null;
};

/**
 * Per region: agencies by status and, from MIN_LIVE_COHORT approved agencies on, the stage distribution per
 * dimension and the medians (the live cohort's own rule and median, lib/scoring/live-cohort.ts).
 * The rule stated in memory: the app computes it in SQL (lib/data/coordinator/get-regional-overview.ts),
 * and lib/data/score-aggregates.test.ts checks that both agree on a seeded data set.
 */
export function summariseRegions(agencies: readonly RegionalAgency[], instrumentVersion: string): RegionSummary[] {
  const byRegion = new Map<string, RegionalAgency[]>();
  for (const agency of agencies) byRegion.set(agency.region, [...(byRegion.get(agency.region) ?? []), agency]);
  return [...byRegion.entries()].map(([region, members]) => {
    const byStatus = Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as Record<StatusKey, number>;
    for (const member of members) byStatus[member.status ?? "NOT_STARTED"] += 1;
    const approved = members.flatMap((m) => (m.approvedScores ? [{ agencyId: m.agencyId, scores: m.approvedScores }] : []));
    const sameVersion = approved.filter((m) => m.scores.instrumentVersion === instrumentVersion);
    const figures =
      sameVersion.length >= MIN_LIVE_COHORT
        ? { stages: stageDistribution(sameVersion.map((m) => m.scores)), cohort: buildLiveCohort(sameVersion, instrumentVersion) }
        : null;
    return { region, agencies: members.length, byStatus, approved: approved.length, figures };
  });
}

function stageDistribution(scores: readonly Pick<AssessmentScores, "dimensions">[]): Record<DimensionId, Record<Stage, number>> {
  return Object.fromEntries(
    DIMENSION_IDS.map((dimension) => {
      const counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
      for (const score of scores) {
        const stage = score.dimensions[dimension]?.stage;
        if (stage) counts[stage] += 1;
      }
      return [dimension, counts];
    }),
  ) as Record<DimensionId, Record<Stage, number>>;
}
