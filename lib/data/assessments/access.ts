import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail, ok, type Failure, type Result } from "@/lib/result";
import { isRecordId } from "../record-id";
import { EDITABLE_STATUSES, isEditableStatus } from "./types";

export type DbClient = Prisma.TransactionClient | typeof db;

/** The refusal of a write to an assessment that is no longer a draft (or returned). */
export const NOT_DRAFT = "validation.notDraft";

/** Who may change an assessment's answers: a respondent of the agency that owns it. */
export function canFillFor(user: SessionUser, agencyId: string): boolean {
  return hasPermission(user.role, "assessment:fill") && user.agencyId !== null && user.agencyId === agencyId;
}

export type AccessCheck = { ok: true; agencyId: string } | Failure;

/**
 * The assessments this user may read, as a `where` clause: every agency's for coordinators and admins
 * (the "assessment:view-all" permission), only their own agency's for a respondent. Every reader of an
 * assessment puts it in its query, so the check and the read are one query and cannot drift apart.
 */
export function readableAssessments(user: SessionUser): Prisma.AssessmentWhereInput {
  if (hasPermission(user.role, "assessment:view-all")) return {};
  return user.agencyId === null ? { id: { in: [] } } : { agencyId: user.agencyId };
}

/**
 * One assessment read through readableAssessments. When it is not readable, a second look tells a missing
 * record ("notFound") from another agency's ("forbidden"), which pages answer differently.
 */
export async function findReadableAssessment<S extends Prisma.AssessmentSelect>(
  user: SessionUser,
  assessmentId: string,
  select: S,
  client: DbClient = db,
): Promise<Result<Prisma.AssessmentGetPayload<{ select: S }>>> {
  if (!isRecordId(assessmentId)) return fail("notFound");
  const row = await client.assessment.findFirst({ where: { id: assessmentId, ...readableAssessments(user) }, select });
  if (row) return ok(row as Prisma.AssessmentGetPayload<{ select: S }>);
  const exists = await client.assessment.count({ where: { id: assessmentId } });
  return fail(exists > 0 ? "forbidden" : "notFound");
}

/** Read access alone (the owning agency's users, or coordinators and admins), for readers of related rows. */
export async function checkReadAccess(user: SessionUser, assessmentId: string, client: DbClient = db): Promise<AccessCheck> {
  const row = await findReadableAssessment(user, assessmentId, { agencyId: true }, client);
  return row.ok ? { ok: true, agencyId: row.data.agencyId } : row;
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
  if (!isRecordId(assessmentId)) return fail("notFound");
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
