import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/result";
import { insertDraftAssessment, roundTaken } from "./insert-draft";

/**
 * Starts the agency's assessment of a round (a year), on the current instrument version.
 * An agency has at most one assessment per round (unique agencyId + round in the database).
 */
export async function createAssessment(user: SessionUser, input: { round: number }): Promise<Result<{ id: string }>> {
  if (user.role !== "RESPONDENT" || user.agencyId === null) return fail("forbidden");
  const agencyId = user.agencyId;
  const existing = await db.assessment.findUnique({ where: { agencyId_round: { agencyId, round: input.round } }, select: { id: true } });
  if (existing) return roundTaken(input.round);
  return insertDraftAssessment(user, { agencyId, round: input.round, audit: { action: "assessment.create", details: { round: input.round } } });
}
