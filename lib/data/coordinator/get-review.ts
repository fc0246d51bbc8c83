import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { fail, ok, type Result } from "@/lib/result";
import { getAssessment, type AssessmentDetail } from "@/lib/data/assessments";
import { db } from "@/lib/db";
import type { Region } from "@/lib/generated/prisma/client";
import { getCurrentSnapshot, type ScoreSnapshotView } from "../snapshots";
import { listReviewHistory } from "./list-review-history";
import type { ReviewCommentView, StatusEventView } from "./review-types";

export type ReviewView = {
  assessment: AssessmentDetail;
  agency: { countryCode: string; region: Region; liveCohortOptOut: boolean };
  snapshot: ScoreSnapshotView | null;
  comments: ReviewCommentView[];
  events: StatusEventView[];
};

/** Everything a coordinator reviews on one assessment: answers, section comments, scores, comments, history. */
export async function getReview(user: SessionUser, assessmentId: string): Promise<Result<ReviewView>> {
  if (!hasPermission(user.role, "assessment:review")) return fail("forbidden");
  const assessment = await getAssessment(user, assessmentId);
  if (!assessment.ok) return assessment;
  const [agency, snapshot, history] = await Promise.all([
    db.agency.findUniqueOrThrow({
      where: { id: assessment.data.agencyId },
      select: { countryCode: true, region: true, liveCohortOptOut: true },
    }),
    getCurrentSnapshot(assessmentId),
    listReviewHistory(assessmentId),
  ]);
  return ok({ assessment: assessment.data, agency, snapshot, ...history });
}
