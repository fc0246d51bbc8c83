import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { missingRequiredItems } from "@/lib/questionnaire/completion";
import { crossFieldIssues } from "@/lib/questionnaire/cross-field";
import { VALIDATION_MESSAGES } from "@/lib/questionnaire/validation-messages";
import { recordAudit } from "../audit";
import { createScoreSnapshot } from "../snapshots";
import { lockEditableAssessment } from "./access";
import { toAnswers } from "./mappers";

export const INCOMPLETE = "validation.incomplete";
/** Answers that break a rule between items (e.g. an age range whose start exceeds its end). */
export const INVALID_ANSWERS = "validation.invalidAnswers";
/** A next round's sections copied from the previous round must each be confirmed before submission. */
export const UNCONFIRMED = "coordinator.rounds.errors.unconfirmed";

/**
 * Submits the assessment: refused while required items are unanswered (`fieldErrors` lists them, keyed
 * by item id). On success, in one transaction: status SUBMITTED, a status event, an audit event and the
 * score snapshot computed from the answers as submitted, with the versions it was computed with.
 */
export async function submitAssessment(user: SessionUser, assessmentId: string): Promise<Result<{ submittedAt: Date }>> {
  return db.$transaction(async (tx) => {
    const access = await lockEditableAssessment(user, assessmentId, tx);
    if (!access.ok) return access;
    const current = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true } });
    const answers = toAnswers(await tx.answer.findMany({ where: { assessmentId } }));
    const missing = missingRequiredItems(answers);
    if (missing.length > 0) {
      return fail("invalid", INCOMPLETE, {
        params: { count: missing.length },
        fieldErrors: Object.fromEntries(missing.map((itemId) => [itemId, [VALIDATION_MESSAGES.required]])),
      });
    }
    const issues = crossFieldIssues(answers);
    if (issues.length > 0) {
      return fail("invalid", INVALID_ANSWERS, {
        params: { count: issues.length },
        fieldErrors: Object.fromEntries(issues.map((issue) => [issue.itemId, [issue.message]])),
      });
    }
    const unconfirmed = await tx.sectionState.count({ where: { assessmentId, needsConfirmation: true } });
    if (unconfirmed > 0) return fail("conflict", UNCONFIRMED, { params: { count: unconfirmed } });
    const submittedAt = new Date();
    await tx.assessment.update({ where: { id: assessmentId }, data: { status: "SUBMITTED", submittedAt } });
    await tx.statusEvent.create({ data: { assessmentId, fromStatus: current.status, toStatus: "SUBMITTED", actorId: user.id } });
    await createScoreSnapshot(tx, { assessmentId, answers, createdById: user.id });
    await recordAudit(
      { actorId: user.id, actorEmail: user.email, action: "assessment.submit", entityType: "Assessment", entityId: assessmentId, details: { from: current.status } },
      tx,
    );
    return ok({ submittedAt });
  });
}
