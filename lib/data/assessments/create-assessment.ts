import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { instrument } from "@/lib/questionnaire/instrument";
import { recordAudit } from "../audit";

export const ROUND_TAKEN = "validation.roundTaken";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Starts the agency's assessment of a round (a year), on the current instrument version.
 * An agency has at most one assessment per round (unique agencyId + round in the database).
 */
export async function createAssessment(user: SessionUser, input: { round: number }): Promise<Result<{ id: string }>> {
  if (user.role !== "RESPONDENT" || user.agencyId === null) return fail("forbidden");
  const agencyId = user.agencyId;
  const existing = await db.assessment.findUnique({ where: { agencyId_round: { agencyId, round: input.round } }, select: { id: true } });
  if (existing) return fail("conflict", ROUND_TAKEN, { params: { round: input.round } });
  try {
    const created = await db.$transaction(async (tx) => {
      const assessment = await tx.assessment.create({
        data: { agencyId, round: input.round, instrumentVersion: instrument.version, createdById: user.id },
        select: { id: true },
      });
      await tx.statusEvent.create({ data: { assessmentId: assessment.id, fromStatus: null, toStatus: "DRAFT", actorId: user.id } });
      await recordAudit(
        { actorId: user.id, actorEmail: user.email, action: "assessment.create", entityType: "Assessment", entityId: assessment.id, details: { round: input.round } },
        tx,
      );
      return assessment;
    });
    return ok(created);
  } catch (error) {
    // A colleague started the same round a moment earlier.
    if (isUniqueViolation(error)) return fail("conflict", ROUND_TAKEN, { params: { round: input.round } });
    throw error;
  }
}
