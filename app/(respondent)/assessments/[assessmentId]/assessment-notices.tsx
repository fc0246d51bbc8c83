import { getTranslations } from "next-intl/server";
import { RoundChangeTable } from "@/components/results/round-change-table";
import { ReturnNotice } from "@/components/review/return-notice";
import { ReviewCommentList } from "@/components/review/review-comment-list";
import { Alert } from "@/components/ui/alert";
import type { SessionUser } from "@/lib/auth/access";
import { listSectionsToConfirm } from "@/lib/data/assessments";
import { getReviewFeedback } from "@/lib/data/review/get-review-feedback";
import { getRoundChange } from "@/lib/data/rounds/get-round-change";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";

/**
 * On the assessment overview: why it was returned and the coordinator's general comments, the sections
 * copied from the previous round that still await confirmation, and the change since that round.
 */
export async function AssessmentNotices({ user, assessmentId }: { user: SessionUser; assessmentId: string }) {
  const [feedback, toConfirm, roundChange, t, ti, tr] = await Promise.all([
    getReviewFeedback(user, assessmentId),
    listSectionsToConfirm(assessmentId),
    getRoundChange(user, assessmentId),
    getTranslations("coordinator.review"),
    getTranslations("instrument"),
    getTranslations("coordinator.rounds.errors"),
  ]);
  const general = feedback.ok ? feedback.data.comments.filter((c) => c.sectionId === null && c.itemId === null) : [];
  const labels = Object.fromEntries(DIMENSION_IDS.map((d) => [d, ti(`sections.${d}.title`)]));
  return (
    <>
      {feedback.ok && <ReturnNotice returnReason={feedback.data.returnReason} />}
      <ReviewCommentList comments={general} label={t("commentsOnAssessment")} />
      {toConfirm.length > 0 && <Alert tone="warning">{tr("unconfirmed", { count: toConfirm.length })}</Alert>}
      {roundChange.ok && roundChange.data && (
        <RoundChangeTable
          change={roundChange.data.change}
          previousRound={roundChange.data.previousRound}
          currentRound={roundChange.data.currentRound}
          labels={labels}
        />
      )}
    </>
  );
}
