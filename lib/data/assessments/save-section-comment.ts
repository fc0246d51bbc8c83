import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import type { SectionComment } from "@/lib/questionnaire/schemas";
import { lockEditableAssessment } from "./access";

/** Saves one section's comment (an empty comment clears it). Same rules as saveAnswer. */
export async function saveSectionComment(user: SessionUser, input: SectionComment): Promise<Result<{ savedAt: Date }>> {
  return db.$transaction(async (tx) => {
    const access = await lockEditableAssessment(user, input.assessmentId, tx);
    if (!access.ok) return access;
    const comment = input.comment === "" ? null : input.comment;
    const saved = await tx.sectionState.upsert({
      where: { assessmentId_sectionId: { assessmentId: input.assessmentId, sectionId: input.sectionId } },
      create: { assessmentId: input.assessmentId, sectionId: input.sectionId, comment, updatedById: user.id },
      update: { comment, updatedById: user.id },
      select: { updatedAt: true },
    });
    return ok({ savedAt: saved.updatedAt });
  });
}
