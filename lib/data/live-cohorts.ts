import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildLiveCohort, type LiveCohort, type LiveCohortMember } from "@/lib/scoring/live-cohort";
import type { AssessmentScores } from "@/lib/scoring/types";
import { checkReadAccess } from "./assessments/access";

export type LiveCohorts = {
  /** The assessment's agency's region, e.g. "LAC". */
  region: string;
  regional: LiveCohort;
  overall: LiveCohort;
};

type Client = Pick<PrismaClient, "assessment" | "scoreSnapshot">;

/**
 * The live cohorts of an assessment (methodology §5): the APPROVED assessments on the same instrument
 * version, in the agency's region and in all regions. The agency's own assessments never count, nor do
 * agencies that opted out. One member per agency (its latest approved round), with its current snapshot.
 * The thresholds (≥ 5 agencies) are applied by the pure buildLiveCohort. No access check: see getLiveCohorts.
 */
export async function loadLiveCohorts(assessmentId: string, client: Client = db): Promise<LiveCohorts | null> {
  const own = await client.assessment.findUnique({
    where: { id: assessmentId },
    select: { agencyId: true, instrumentVersion: true, agency: { select: { region: true } } },
  });
  if (!own) return null;
  const rows = await client.assessment.findMany({
    where: {
      status: "APPROVED",
      instrumentVersion: own.instrumentVersion,
      agencyId: { not: own.agencyId },
      agency: { liveCohortOptOut: false },
    },
    orderBy: [{ round: "desc" }],
    select: {
      agencyId: true,
      agency: { select: { region: true } },
      snapshots: { where: { isCurrent: true }, orderBy: { createdAt: "desc" }, take: 1, select: { scores: true } },
    },
  });
  const latestByAgency = new Map<string, { region: string; member: LiveCohortMember }>();
  for (const row of rows) {
    const snapshot = row.snapshots[0];
    if (!snapshot || latestByAgency.has(row.agencyId)) continue;
    const scores = JSON.parse(snapshot.scores) as AssessmentScores;
    latestByAgency.set(row.agencyId, { region: row.agency.region, member: { agencyId: row.agencyId, scores } });
  }
  const all = [...latestByAgency.values()];
  const region = own.agency.region;
  return {
    region,
    regional: buildLiveCohort(
      all.filter((entry) => entry.region === region).map((entry) => entry.member),
      own.instrumentVersion,
    ),
    overall: buildLiveCohort(all.map((entry) => entry.member), own.instrumentVersion),
  };
}

/** The live cohorts for a user who may read the assessment; null when they may not. */
export async function getLiveCohorts(user: SessionUser, assessmentId: string): Promise<LiveCohorts | null> {
  const access = await checkReadAccess(user, assessmentId);
  if (!access.ok) return null;
  return loadLiveCohorts(assessmentId);
}
