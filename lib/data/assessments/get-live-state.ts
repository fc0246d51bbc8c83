import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { ok, type Result } from "@/lib/result";
import { getCompletion, type SectionCompletion } from "@/lib/questionnaire/completion";
import { getSection } from "@/lib/questionnaire/lookup";
import type { SectionId } from "@/lib/questionnaire/types";
import { checkReadAccess } from "./access";
import { toAnswers } from "./mappers";
import { toStoredAnswers, type StoredAnswer } from "./stored-answer";

/** A page that has not refreshed its presence for this long is considered closed. */
export const PRESENCE_TTL_MS = 45_000;

export type LiveState = {
  /** Colleagues with the assessment open now (not the user), by name. */
  present: { name: string }[];
  /** The stored answers of the section the page shows, with versions and who saved them. */
  answers: Record<string, StoredAnswer>;
  completion: SectionCompletion[];
};

export type LiveStateResult = Result<LiveState>;

/**
 * What an open section page polls every ~15 s: marks the user present, and returns who else is there, the
 * section's answers as stored now (colleagues' saves appear without a reload) and every section's counts.
 */
export async function getLiveState(user: SessionUser, assessmentId: string, sectionId: SectionId): Promise<LiveStateResult> {
  const access = await checkReadAccess(user, assessmentId);
  if (!access.ok) return access;
  const now = new Date();
  const key = { assessmentId_userId: { assessmentId, userId: user.id } };
  await db.assessmentPresence.upsert({ where: key, create: { assessmentId, userId: user.id, seenAt: now }, update: { seenAt: now } });
  const [presence, rows] = await Promise.all([
    db.assessmentPresence.findMany({
      where: { assessmentId, userId: { not: user.id }, seenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
      select: { userId: true },
    }),
    db.answer.findMany({
      where: { assessmentId },
      select: { itemId: true, value: true, otherText: true, version: true, updatedById: true, updatedAt: true },
    }),
  ]);
  const names = presence.length === 0 ? [] : await db.user.findMany({ where: { id: { in: presence.map((p) => p.userId) } }, select: { name: true } });
  const sectionItems = new Set(getSection(sectionId)?.items.map((item) => item.id));
  return ok({
    present: names.map(({ name }) => ({ name })),
    answers: await toStoredAnswers(db, rows.filter((row) => sectionItems.has(row.itemId))),
    completion: getCompletion(toAnswers(rows)),
  });
}

/** The page is closed: the user no longer counts as present. */
export async function leaveAssessment(user: SessionUser, assessmentId: string): Promise<void> {
  await db.assessmentPresence.deleteMany({ where: { assessmentId, userId: user.id } });
}
