import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { fail, ok, type Result } from "@/lib/result";
import { summariseRegions, type RegionalAgency, type RegionSummary } from "@/lib/coordinator/regional-summary";
import { db } from "@/lib/db";
import { instrument } from "@/lib/questionnaire/instrument";
import type { AssessmentScores } from "@/lib/scoring/types";

/**
 * The regional view. Each active agency counts once: with the status of its latest assessment (or of the
 * chosen round's), and with the scores of its latest approved assessment. Only light columns are read for
 * the counts; snapshot JSON is parsed for the approved assessments that count, one per agency.
 */
export async function getRegionalOverview(user: SessionUser, round?: number): Promise<Result<RegionSummary[]>> {
  if (!hasPermission(user.role, "assessment:view-all")) return fail("forbidden");
  const [agencies, assessments] = await Promise.all([
    db.agency.findMany({ where: { active: true }, select: { id: true, region: true } }),
    db.assessment.findMany({
      where: round ? { round } : {},
      select: { id: true, agencyId: true, round: true, status: true },
      orderBy: { round: "desc" },
    }),
  ]);
  const latest = new Map<string, (typeof assessments)[number]>();
  const latestApproved = new Map<string, string>();
  for (const assessment of assessments) {
    if (!latest.has(assessment.agencyId)) latest.set(assessment.agencyId, assessment);
    if (assessment.status === "APPROVED" && !latestApproved.has(assessment.agencyId)) latestApproved.set(assessment.agencyId, assessment.id);
  }
  const snapshots = await db.scoreSnapshot.findMany({
    where: { assessmentId: { in: [...latestApproved.values()] }, isCurrent: true },
    select: { assessmentId: true, scores: true },
  });
  const scoresOf = new Map(snapshots.map((s) => [s.assessmentId, JSON.parse(s.scores) as AssessmentScores]));
  const members: RegionalAgency[] = agencies.map((agency) => {
    const approvedId = latestApproved.get(agency.id);
    const scores = approvedId ? scoresOf.get(approvedId) : undefined;
    return {
      agencyId: agency.id,
      region: agency.region,
      status: latest.get(agency.id)?.status ?? null,
      approvedScores: scores ? { instrumentVersion: scores.instrumentVersion, dimensions: scores.dimensions, indices: scores.indices } : null,
    };
  });
  return ok(summariseRegions(members, instrument.version));
}
