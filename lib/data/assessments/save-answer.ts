import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Failure, type Success } from "@/lib/result";
import { db } from "@/lib/db";
import type { SaveAnswer } from "@/lib/questionnaire/schemas";
import { lockEditableAssessment } from "./access";
import { toStoredAnswer, type StoredAnswer } from "./stored-answer";
import { isSameStoredValue } from "./stored-value";

export const STALE_ANSWER = "validation.staleAnswer";

/** A stale save fails with `conflict` and carries the colleague's answer (`current`; absent when cleared). */
export type SaveAnswerResult = Success<{ savedAt: Date; version: number }> | (Failure & { current?: StoredAnswer });

const ANSWER_STATE = { value: true, otherText: true, version: true, updatedById: true, updatedAt: true } as const;

/**
 * Saves (or, with a null value, clears) one item's answer. Input already parsed by saveAnswerSchema.
 *
 * Concurrency: one row per item, and each row carries a version raised by every save. A save names the
 * version it was based on (`baseVersion`; 0 = no answer yet); when a colleague has saved since, the save is
 * not applied and the colleague's answer comes back (`current`) so the person chooses. A save that repeats
 * the stored answer succeeds without writing: a retry after a lost response is applied exactly once.
 * Without `baseVersion` (seeding and tests through lib/data) the later save wins.
 */
export async function saveAnswer(user: SessionUser, input: SaveAnswer, baseVersion?: number): Promise<SaveAnswerResult> {
  return db.$transaction(async (tx) => {
    const access = await lockEditableAssessment(user, input.assessmentId, tx);
    if (!access.ok) return access;
    const where = { assessmentId_itemId: { assessmentId: input.assessmentId, itemId: input.itemId } };
    const existing = await tx.answer.findUnique({ where, select: ANSWER_STATE });
    if (isSameStoredValue(existing?.value ?? null, input.value) && (input.value === null || existing?.otherText === input.otherText)) {
      return ok({ savedAt: existing?.updatedAt ?? new Date(), version: existing?.version ?? 0 });
    }
    if (baseVersion !== undefined && baseVersion !== (existing?.version ?? 0)) {
      return { ...fail("conflict", STALE_ANSWER), current: existing ? await toStoredAnswer(tx, existing) : undefined };
    }
    if (input.value === null) {
      await tx.answer.delete({ where });
      return ok({ savedAt: new Date(), version: 0 });
    }
    const data = { value: input.value, otherText: input.otherText, updatedById: user.id };
    const saved = await tx.answer.upsert({
      where,
      create: { assessmentId: input.assessmentId, itemId: input.itemId, ...data },
      update: { ...data, version: { increment: 1 } },
      select: { updatedAt: true, version: true },
    });
    return ok({ savedAt: saved.updatedAt, version: saved.version });
  });
}
