import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { instrument } from "@/lib/questionnaire/instrument";
import { fail, ok, type Result } from "@/lib/result";
import { recordAudit } from "../audit";

export const ROUND_TAKEN = "validation.roundTaken";

type NewDraft = {
  agencyId: string;
  round: number;
  /** The approved assessment a new round is started from. */
  previousAssessmentId?: string;
  audit: { action: string; details: Prisma.InputJsonObject };
  /** Writes what the draft starts with (copied answers, section states), in the same transaction. */
  seed?: (tx: Prisma.TransactionClient, assessmentId: string) => Promise<void>;
};

/**
 * The one way a draft assessment is created: on the current instrument version, with its first status
 * event and its audit event, all in one transaction. An agency has at most one assessment per round (unique
 * agencyId + round): a round taken by a colleague a moment earlier is a "conflict", not an error.
 */
export async function insertDraftAssessment(user: SessionUser, draft: NewDraft): Promise<Result<{ id: string }>> {
  try {
    const created = await db.$transaction(async (tx) => {
      const assessment = await tx.assessment.create({
        data: {
          agencyId: draft.agencyId,
          round: draft.round,
          instrumentVersion: instrument.version,
          createdById: user.id,
          previousAssessmentId: draft.previousAssessmentId ?? null,
        },
        select: { id: true },
      });
      await draft.seed?.(tx, assessment.id);
      await tx.statusEvent.create({ data: { assessmentId: assessment.id, fromStatus: null, toStatus: "DRAFT", actorId: user.id } });
      await recordAudit(
        { actorId: user.id, actorEmail: user.email, action: draft.audit.action, entityType: "Assessment", entityId: assessment.id, details: draft.audit.details },
        tx,
      );
      return assessment;
    });
    return ok(created);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return roundTaken(draft.round);
    throw error;
  }
}

export function roundTaken(round: number) {
  return fail("conflict", ROUND_TAKEN, { params: { round } });
}
