import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { targetStatusOf, transitionError, type ReviewDecision } from "@/lib/review/transitions";
import { recordAudit } from "../audit";
import { lockForReview } from "./lock-for-review";

/**
 * Returns an assessment to its agency (with the reason it reads) or approves it. One transaction: the
 * status, a status event (who, when, reason) and the audit event are stored together or not at all.
 * Approval sets approvedAt and locks the assessment (no respondent edit is accepted from APPROVED); from
 * then on it counts in the live cohorts unless its agency opted out (Agency.liveCohortOptOut), a choice
 * the cohort query applies, so an agency's later opt-out also takes effect.
 */
export async function decideReview(
  user: SessionUser,
  input: { assessmentId: string; decision: ReviewDecision; reason?: string },
): Promise<Result<{ status: string }>> {
  return db.$transaction(async (tx) => {
    const lock = await lockForReview(user, input.assessmentId, tx);
    if (!lock.ok) return lock;
    const refused = transitionError(input.decision, lock.status);
    if (refused) return fail("conflict", refused);
    const toStatus = targetStatusOf(input.decision);
    const now = new Date();
    await tx.assessment.update({
      where: { id: input.assessmentId },
      data: { status: toStatus, ...(toStatus === "APPROVED" ? { approvedAt: now } : {}) },
    });
    await tx.statusEvent.create({
      data: { assessmentId: input.assessmentId, fromStatus: lock.status, toStatus, actorId: user.id, reason: input.reason ?? null, createdAt: now },
    });
    await recordAudit(
      {
        actorId: user.id,
        actorEmail: user.email,
        action: input.decision === "return" ? "assessment.return" : "assessment.approve",
        entityType: "Assessment",
        entityId: input.assessmentId,
        details: { from: lock.status, to: toStatus, ...(input.reason ? { reason: input.reason } : {}) },
      },
      tx,
    );
    return ok({ status: toStatus });
  });
}
