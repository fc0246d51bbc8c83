import "server-only";
import { canAccessAgency, type SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EDITABLE_STATUSES, isEditableStatus } from "./types";

export type DbClient = Prisma.TransactionClient | typeof db;

/** Expected refusals of the data layer: catalogue keys, shown to the user as they are. */
export const DATA_ERRORS = {
  notFound: "validation.notFound",
  forbidden: "validation.forbidden",
  notDraft: "validation.notDraft",
} as const;

/** Who may change an assessment's answers: a respondent of the agency that owns it. */
export function canFillFor(user: SessionUser, agencyId: string): boolean {
  return hasPermission(user.role, "assessment:fill") && user.agencyId !== null && user.agencyId === agencyId;
}

export type AccessCheck = { ok: true; agencyId: string } | { ok: false; error: string };

/** Read access: the owning agency's users, or coordinators and admins. */
export async function checkReadAccess(user: SessionUser, assessmentId: string, client: DbClient = db): Promise<AccessCheck> {
  const row = await client.assessment.findUnique({ where: { id: assessmentId }, select: { agencyId: true } });
  if (!row) return { ok: false, error: DATA_ERRORS.notFound };
  if (!canAccessAgency(user, row.agencyId)) return { ok: false, error: DATA_ERRORS.forbidden };
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
  if (!row) return { ok: false, error: DATA_ERRORS.notFound };
  if (!canFillFor(user, row.agencyId)) return { ok: false, error: DATA_ERRORS.forbidden };
  if (!isEditableStatus(row.status)) return { ok: false, error: DATA_ERRORS.notDraft };
  const touched = await tx.assessment.updateMany({
    where: { id: assessmentId, status: { in: [...EDITABLE_STATUSES] } },
    data: { updatedAt: new Date() },
  });
  if (touched.count === 0) return { ok: false, error: DATA_ERRORS.notDraft };
  return { ok: true, agencyId: row.agencyId };
}
