import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { getSectionOfItem } from "@/lib/questionnaire/lookup";
import type { ReviewComment } from "@/lib/review/schemas";
import { canCommentOn } from "@/lib/review/transitions";
import { recordAudit } from "../audit";
import { lockForReview } from "./lock-for-review";

/** Adds a coordinator's comment on an item (its section is stored with it), a section or the assessment. */
export async function addReviewComment(user: SessionUser, input: ReviewComment): Promise<Result<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const lock = await lockForReview(user, input.assessmentId, tx);
    if (!lock.ok) return lock;
    if (!canCommentOn(lock.status)) return fail("conflict", "coordinator.errors.commentNotSubmitted");
    const sectionId = input.itemId ? (getSectionOfItem(input.itemId)?.id ?? null) : (input.sectionId ?? null);
    const comment = await tx.reviewComment.create({
      data: { assessmentId: input.assessmentId, sectionId, itemId: input.itemId ?? null, body: input.body, authorId: user.id },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: user.id,
        actorEmail: user.email,
        action: "review.comment",
        entityType: "Assessment",
        entityId: input.assessmentId,
        details: { commentId: comment.id, sectionId, itemId: input.itemId ?? null },
      },
      tx,
    );
    return ok(comment);
  });
}
