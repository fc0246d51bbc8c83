import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportData } from "@/lib/reports/types";
import { fail, ok, type Result } from "@/lib/result";
import { compareWithLiveDatasets } from "@/lib/scoring/live-items";
import { compareRounds } from "@/lib/scoring/round-change";
import { getAssessment } from "../assessments";
import { loadLiveItemDatasets } from "../live-items/live-item-cohorts";
import { getCurrentSnapshot } from "../snapshots";


/**
 * What the report of one assessment shows, read for this user: access is checked by getAssessment (the
 * agency's own users, coordinators, admins). Scores come from the stored snapshot only; a draft (or an
 * assessment never scored) has no report. The previous round's change is read from its stored snapshot too.
 */
export async function getReportData(user: SessionUser, assessmentId: string, locale: Locale): Promise<Result<ReportData>> {
  const result = await getAssessment(user, assessmentId);
  if (!result.ok) return result;
  const assessment = result.data;
  if (assessment.status === "DRAFT") return fail("conflict", "report.errors.draft");
  const snapshot = await getCurrentSnapshot(assessmentId);
  if (!snapshot) return fail("conflict", "report.errors.noSnapshot");
  const row = await db.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { previousAssessmentId: true, agency: { select: { countryCode: true, region: true } } },
  });
  // Access was checked above; the live cohorts never name or count the agency itself.
  const live = await loadLiveItemDatasets(assessmentId, { locale });
  const liveComparisons = live ? compareWithLiveDatasets([live.regional, live.overall], assessment.answers, snapshot.scores.dimensions) : [];
  return ok({
      locale,
      agency: { name: assessment.agencyName, countryCode: row.agency.countryCode, region: row.agency.region },
      assessment: { id: assessment.id, round: assessment.round, status: assessment.status, submittedAt: assessment.submittedAt },
      answers: assessment.answers,
      comments: assessment.comments,
      snapshot: { scores: snapshot.scores, createdAt: snapshot.createdAt },
      previousRound: await getPreviousRound(row.previousAssessmentId, snapshot.scores),
      liveComparisons,
      generatedAt: new Date(),
  });
}

/** The previous round belongs to the same agency (it was started from it), so no further access check. */
async function getPreviousRound(previousId: string | null, current: ReportData["snapshot"]["scores"]): Promise<ReportData["previousRound"]> {
  if (!previousId) return null;
  const previous = await db.assessment.findUnique({ where: { id: previousId }, select: { round: true } });
  const snapshot = previous ? await getCurrentSnapshot(previousId) : null;
  if (!previous || !snapshot) return null;
  return { round: previous.round, change: compareRounds(snapshot.scores, current) };
}
