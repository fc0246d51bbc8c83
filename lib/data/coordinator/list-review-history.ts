import "server-only";
import { db } from "@/lib/db";
import type { ReviewCommentView, StatusEventView } from "./review-types";

/**
 * The review comments and the status history of one assessment, with the names of their authors.
 * No access check: callers have checked read access to the assessment.
 */
export async function listReviewHistory(assessmentId: string): Promise<{ comments: ReviewCommentView[]; events: StatusEventView[] }> {
  const [comments, events] = await Promise.all([
    db.reviewComment.findMany({ where: { assessmentId }, orderBy: { createdAt: "asc" } }),
    db.statusEvent.findMany({ where: { assessmentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  const userIds = [...new Set([...comments.map((c) => c.authorId), ...events.map((e) => e.actorId)])];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return {
    comments: comments.map((c) => ({
      id: c.id,
      sectionId: c.sectionId,
      itemId: c.itemId,
      body: c.body,
      authorName: nameOf.get(c.authorId) ?? "—",
      createdAt: c.createdAt,
    })),
    events: events.map((e) => ({
      id: e.id,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorName: nameOf.get(e.actorId) ?? "—",
      reason: e.reason,
      createdAt: e.createdAt,
    })),
  };
}
