import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import type { SectionId } from "@/lib/questionnaire/types";
import { lockEditableAssessment } from "./access";

/** The respondent has checked a section copied from the previous round: it no longer awaits confirmation. */
export async function confirmSection(user: SessionUser, input: { assessmentId: string; sectionId: SectionId }): Promise<Result<{ confirmedAt: Date }>> {
  return db.$transaction(async (tx) => {
    const access = await lockEditableAssessment(user, input.assessmentId, tx);
    if (!access.ok) return access;
    await tx.sectionState.updateMany({
      where: { assessmentId: input.assessmentId, sectionId: input.sectionId },
      data: { needsConfirmation: false, updatedById: user.id },
    });
    return ok({ confirmedAt: new Date() });
  });
}

/** The sections of an assessment still awaiting confirmation (no access check: callers have checked read access). */
export async function listSectionsToConfirm(assessmentId: string): Promise<SectionId[]> {
  const rows = await db.sectionState.findMany({ where: { assessmentId, needsConfirmation: true }, select: { sectionId: true } });
  return rows.map((row) => row.sectionId as SectionId);
}
