import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { compareRounds, type RoundChange } from "@/lib/scoring/round-change";
import { findReadableAssessment, readableAssessments } from "../assessments/access";
import { getCurrentSnapshot } from "../snapshots";

export type RoundChangeView = { previousRound: number; currentRound: number; change: RoundChange };

/**
 * The change per dimension and index since the round this assessment was started from, from both
 * stored snapshots (never recomputed). `null` when there is no previous round or either is not scored yet.
 */
export async function getRoundChange(user: SessionUser, assessmentId: string): Promise<Result<RoundChangeView | null>> {
  const found = await findReadableAssessment(user, assessmentId, { round: true, agencyId: true, previousAssessmentId: true });
  if (!found.ok) return found;
  const current = found.data;
  if (!current.previousAssessmentId) return ok(null);
  // The previous round belongs to the same agency by construction; the query checks it rather than trust it.
  const previous = await db.assessment.findFirst({
    where: { id: current.previousAssessmentId, agencyId: current.agencyId, ...readableAssessments(user) },
    select: { round: true },
  });
  if (!previous) return ok(null);
  const [before, now] = await Promise.all([getCurrentSnapshot(current.previousAssessmentId), getCurrentSnapshot(assessmentId)]);
  if (!before || !now) return ok(null);
  return ok({ previousRound: previous.round, currentRound: current.round, change: compareRounds(before.scores, now.scores) });
}
