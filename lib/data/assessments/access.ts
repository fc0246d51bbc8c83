import "server-only";
import { canAccessAgency, type SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail, type Failure } from "@/lib/result";
import { EDITABLE_STATUSES, isEditableStatus } from "./types";

export type DbClient = Prisma.TransactionClient | typeof db;

/** The refusal of a write to an assessment that is no longer a draft (or returned). */
export const NOT_DRAFT = "validation.notDraft";

/** Who may change an assessment's answers: a respondent of the agency that owns it. */
export function canFillFor(user: SessionUser, agencyId: string): boolean {
  return hasPermission(user.role, "assessment:fill") && user.agencyId !== null && user.agencyId === agencyId;
}

export type AccessCheck = { ok: true; agencyId: string } | Failure;

/** Read access: the owning agency's users, or coordinators and admins. */
export async function checkReadAccess(user: SessionUser, assessmentId: string, client: DbClient = db): Promise<AccessCheck> {
  const row = await client.assessment.findUnique({ where: { id: assessmentId }, select: { agencyId: true } });
  if (!row) return fail("notFound");
  if (!canAccessAgency(user, row.agencyId)) return fail("forbidden");
  return { ok: true, agencyId: row.agencyId };
}

/**
 * Write access, checked inside the caller's transaction. The first statement is a write that only
 * matches an editable assessment: it takes SQLite's write lock (and the row lock on PostgreSQL), so a
 * submission running at the same moment cannot slip between this check and the caller's write.
 */
export async function lockEditableAssessment(
  user: SessionUser,
  assessmentId: string,
  tx: Prisma.TransactionClient,
): Promise<AccessCheck> {
  const row = await tx.assessment.findUnique({ where: { id: assessmentId }, select: { agencyId: true, status: true } });
  if (!row) return fail("notFound");
  if (!canFillFor(user, row.agencyId)) return fail("forbidden");
  if (!isEditableStatus(row.status)) return fail("conflict", NOT_DRAFT);
  const touched = await tx.assessment.updateMany({
    where: { id: assessmentId, status: { in: [...EDITABLE_STATUSES] } },
    data: { updatedAt: new Date() },
  });
  if (touched.count === 0) return fail("conflict", NOT_DRAFT);
  return { ok: true, agencyId: row.agencyId };
}
