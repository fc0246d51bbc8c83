import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import type { AssessmentStatus, Prisma } from "@/lib/generated/prisma/client";
import { fail, type Failure } from "@/lib/result";

export type ReviewLock = { ok: true; status: AssessmentStatus; agencyId: string } | Failure;

/**
 * Inside the caller's transaction: checks the reviewer's role, then reads the assessment after a write
 * that takes the write lock (SQLite) / row lock (PostgreSQL), so that two coordinators deciding at the
 * same moment, or a respondent's resubmission, cannot interleave with this decision.
 */
export async function lockForReview(user: SessionUser, assessmentId: string, tx: Prisma.TransactionClient): Promise<ReviewLock> {
  if (!hasPermission(user.role, "assessment:review")) return fail("forbidden");
  const touched = await tx.assessment.updateMany({ where: { id: assessmentId }, data: { updatedAt: new Date() } });
  if (touched.count === 0) return fail("notFound");
  const row = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true, agencyId: true } });
  return { ok: true, ...row };
}
