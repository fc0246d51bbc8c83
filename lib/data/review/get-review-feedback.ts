import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { checkReadAccess } from "../assessments/access";
import { listReviewHistory } from "../coordinator/list-review-history";
import type { ReviewCommentView } from "../coordinator/review-types";

export type ReviewFeedback = {
  /** The reason of the latest return, while the assessment is returned. */
  returnReason: { reason: string; actorName: string; createdAt: Date } | null;
  comments: ReviewCommentView[];
};

/** What the agency sees of the review on its assessment: the return reason and the coordinator's comments. */
export async function getReviewFeedback(user: SessionUser, assessmentId: string): Promise<Result<ReviewFeedback>> {
  const access = await checkReadAccess(user, assessmentId);
  if (!access.ok) return access;
  const [{ status }, history] = await Promise.all([
    db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true } }),
    listReviewHistory(assessmentId),
  ]);
  const lastReturn = history.events.findLast((event) => event.toStatus === "RETURNED");
  return ok({
    returnReason:
      status === "RETURNED" && lastReturn?.reason ? { reason: lastReturn.reason, actorName: lastReturn.actorName, createdAt: lastReturn.createdAt } : null,
    comments: history.comments,
  });
}
