import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import type { SaveAnswer } from "@/lib/questionnaire/schemas";
import { lockEditableAssessment } from "./access";

/**
 * Saves (or, with a null value, clears) one item's answer. Input already parsed by saveAnswerSchema.
 *
 * Concurrency: answers are stored one row per item (unique assessmentId + itemId) and each save upserts
 * only its own item, so colleagues filling different sections (or different items) never overwrite each
 * other. When two people change the same item, the later save wins (last write wins, no merge and no
 * lock): an answer is a single choice that cannot be merged, locking a section would block colleagues on
 * slow connections, and the row keeps who saved it and when; the other person sees the new value the
 * next time the page loads.
 */
export async function saveAnswer(user: SessionUser, input: SaveAnswer): Promise<Result<{ savedAt: Date }>> {
  return db.$transaction(async (tx) => {
    const access = await lockEditableAssessment(user, input.assessmentId, tx);
    if (!access.ok) return access;
    const where = { assessmentId_itemId: { assessmentId: input.assessmentId, itemId: input.itemId } };
    if (input.value === null) {
      await tx.answer.deleteMany({ where: { assessmentId: input.assessmentId, itemId: input.itemId } });
      return ok({ savedAt: new Date() });
    }
    const data = { value: JSON.stringify(input.value), otherText: input.otherText, updatedById: user.id };
    const saved = await tx.answer.upsert({
      where,
      create: { assessmentId: input.assessmentId, itemId: input.itemId, ...data },
      update: data,
      select: { updatedAt: true },
    });
    return ok({ savedAt: saved.updatedAt });
  });
}
