import "server-only";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ReviewCommentList } from "@/components/review/review-comment-list";
import type { SessionUser } from "@/lib/auth/access";
import { listSectionsToConfirm } from "@/lib/data/assessments";
import { getReviewFeedback } from "@/lib/data/review/get-review-feedback";

/**
 * The coordinator's comments on one section, ready to render: those on the section as a whole, and those
 * on each item (beside the item). Also whether the section, copied from the previous round, awaits confirmation.
 */
export async function loadCoordinatorComments(user: SessionUser, assessmentId: string, sectionId: string) {
  const [feedback, toConfirm, t] = await Promise.all([
    getReviewFeedback(user, assessmentId),
    listSectionsToConfirm(assessmentId),
    getTranslations("coordinator.review"),
  ]);
  const comments = feedback.ok ? feedback.data.comments.filter((c) => c.sectionId === sectionId) : [];
  const itemNotes: Record<string, ReactNode> = {};
  for (const itemId of new Set(comments.flatMap((c) => (c.itemId ? [c.itemId] : [])))) {
    itemNotes[itemId] = <ReviewCommentList comments={comments.filter((c) => c.itemId === itemId)} label={t("commentsOnItem")} />;
  }
  const onSection = comments.filter((c) => c.itemId === null);
  return {
    sectionNotes: onSection.length > 0 ? <div className="mb-6"><ReviewCommentList comments={onSection} label={t("commentsOnSection")} /></div> : null,
    itemNotes,
    needsConfirmation: toConfirm.some((id) => id === sectionId),
  };
}
