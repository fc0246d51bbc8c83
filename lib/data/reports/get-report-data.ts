import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportData } from "@/lib/reports/types";
import { fail, ok, type Result } from "@/lib/result";
import { compareWithLiveDatasets } from "@/lib/scoring/live-items";
import { getAssessment } from "../assessments";
import { loadLiveItemDatasets } from "../live-items/live-item-cohorts";
import { getRoundChange } from "../rounds/get-round-change";
import { getCurrentSnapshot } from "../snapshots";

/**
 * What the report of one assessment shows, read for this user: access is checked by getAssessment (the
 * agency's own users, coordinators, admins). Scores come from the stored snapshot only; a draft (or an
 * assessment never scored) has no report. The change since the previous round is
 * getRoundChange's, with its access check (the same as the results page's).
 */
export async function getReportData(user: SessionUser, assessmentId: string, locale: Locale): Promise<Result<ReportData>> {
  const result = await getAssessment(user, assessmentId);
  if (!result.ok) return result;
  const assessment = result.data;
  if (assessment.status === "DRAFT") return fail("conflict", "report.errors.draft");
  const snapshot = await getCurrentSnapshot(assessmentId);
  if (!snapshot) return fail("conflict", "report.errors.noSnapshot");
  const [agency, roundChange] = await Promise.all([
    db.agency.findUniqueOrThrow({ where: { id: assessment.agencyId }, select: { countryCode: true, region: true } }),
    getRoundChange(user, assessmentId),
  ]);
  // Access was checked above; the live cohorts never name or count the agency itself.
  const live = await loadLiveItemDatasets(assessmentId, { locale });
  const liveComparisons = live.ok ? compareWithLiveDatasets([live.data.regional, live.data.overall], assessment.answers, snapshot.scores.dimensions) : [];
  return ok({
    locale,
    agency: { name: assessment.agencyName, countryCode: agency.countryCode, region: agency.region },
    assessment: { id: assessment.id, round: assessment.round, status: assessment.status, submittedAt: assessment.submittedAt },
    answers: assessment.answers,
    comments: assessment.comments,
    snapshot: { id: snapshot.id, scores: snapshot.scores, createdAt: snapshot.createdAt },
    previousRound: roundChange.ok && roundChange.data ? { round: roundChange.data.previousRound, change: roundChange.data.change } : null,
    liveComparisons,
    generatedAt: new Date(),
  });
}
