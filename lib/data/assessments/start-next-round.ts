import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { sections } from "@/lib/questionnaire/lookup";
import { carryOverAnswers } from "@/lib/rounds/carry-over";
import type { StartNextRound } from "@/lib/rounds/schemas";
import { canFillFor } from "./access";
import { insertDraftAssessment } from "./insert-draft";
import { toAnswers } from "./mappers";

export const ROUND_ERRORS = {
  notLatestApproved: "coordinator.rounds.errors.notLatestApproved",
  roundNotLater: "coordinator.rounds.errors.roundNotLater",
} as const;

/**
 * Starts the agency's next round from its last approved assessment: the answers (those the current
 * instrument still accepts) and the section comments are copied as a starting point, every section is
 * marked to be confirmed, and the new assessment points to the one it came from (previousAssessmentId).
 */
export async function startNextRound(user: SessionUser, input: StartNextRound): Promise<Result<{ id: string }>> {
  const source = await db.assessment.findUnique({
    where: { id: input.fromAssessmentId },
    select: { id: true, agencyId: true, round: true, status: true, sections: { select: { sectionId: true, comment: true } } },
  });
  if (!source) return fail("notFound");
  if (!canFillFor(user, source.agencyId)) return fail("forbidden");
  const latestApproved = await db.assessment.findFirst({
    where: { agencyId: source.agencyId, status: "APPROVED" },
    orderBy: { round: "desc" },
    select: { id: true },
  });
  if (source.status !== "APPROVED" || latestApproved?.id !== source.id) return fail("conflict", ROUND_ERRORS.notLatestApproved);
  if (input.round <= source.round) return fail("invalid", ROUND_ERRORS.roundNotLater, { params: { round: source.round } });
  const answers = carryOverAnswers(toAnswers(await db.answer.findMany({ where: { assessmentId: source.id } })));
  const commentOf = new Map(source.sections.map((s) => [s.sectionId, s.comment]));
  return insertDraftAssessment(user, {
    agencyId: source.agencyId,
    round: input.round,
    previousAssessmentId: source.id,
    audit: {
      action: "assessment.start-next-round",
      details: { round: input.round, previousAssessmentId: source.id, answersCopied: Object.keys(answers).length },
    },
    seed: async (tx, assessmentId) => {
      await tx.answer.createMany({
        data: Object.entries(answers).map(([itemId, entry]) => ({
          assessmentId,
          itemId,
          value: entry.value,
          otherText: entry.otherText ?? null,
          updatedById: user.id,
        })),
      });
      await tx.sectionState.createMany({
        data: sections.map((section) => ({
          assessmentId,
          sectionId: section.id,
          comment: commentOf.get(section.id) ?? null,
          needsConfirmation: true,
          updatedById: user.id,
        })),
      });
    },
  });
}
