import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { compareRounds, type RoundChange } from "@/lib/scoring/round-change";
import { checkReadAccess } from "../assessments/access";
import { getCurrentSnapshot } from "../snapshots";

export type RoundChangeView = { previousRound: number; currentRound: number; change: RoundChange };

/**
 * The change per dimension and index since the round this assessment was started from, from both
 * stored snapshots (never recomputed). `null` when there is no previous round or either is not scored yet.
 */
export async function getRoundChange(user: SessionUser, assessmentId: string): Promise<Result<RoundChangeView | null>> {
  const access = await checkReadAccess(user, assessmentId);
  if (!access.ok) return access;
  const current = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { round: true, previousAssessmentId: true } });
  if (!current.previousAssessmentId) return ok(null);
  const previous = await db.assessment.findUnique({ where: { id: current.previousAssessmentId }, select: { round: true, agencyId: true } });
  // The previous round belongs to the same agency by construction; checked again rather than trusted.
  if (!previous || previous.agencyId !== access.agencyId) return ok(null);
  const [before, now] = await Promise.all([getCurrentSnapshot(current.previousAssessmentId), getCurrentSnapshot(assessmentId)]);
  if (!before || !now) return ok(null);
  return ok({ previousRound: previous.round, currentRound: current.round, change: compareRounds(before.scores, now.scores) });
}
