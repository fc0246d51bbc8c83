import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { fail, ok, type Result } from "@/lib/result";
import { PAGE_SIZE, type SubmissionFilters } from "@/lib/coordinator/submission-filters";
import { db } from "@/lib/db";
import type { AssessmentStatus, Region } from "@/lib/generated/prisma/client";
import type { IndexId } from "@/lib/scoring/types";
import { reverseOrder, submissionOrderBy, submissionWhere } from "./submission-where";

export type IndexValues = Record<IndexId, number | null>;

export type SubmissionRow = {
  id: string;
  agencyName: string;
  countryCode: string;
  region: Region;
  round: number;
  status: AssessmentStatus;
  submittedAt: Date | null;
  updatedAt: Date;
  indices: IndexValues | null;
};

export type SubmissionPage = { rows: SubmissionRow[]; total: number; page: number; pageCount: number; pageSize: number };

/**
 * One page of every agency's assessments for coordinators and admins. Filtering, sorting and paging run
 * in the database (take/skip on indexed columns), including the sort by index: the current snapshot's
 * typed index columns are joined, never its JSON.
 */
export async function listSubmissions(user: SessionUser, filters: SubmissionFilters): Promise<Result<SubmissionPage>> {
  if (!hasPermission(user.role, "assessment:view-all")) return fail("forbidden");
  const where = submissionWhere(filters);
  const total = await db.assessment.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  // The database steps over every skipped row: pages past the middle are read from the other end (the
  // order reversed, then the page put back in order), so the last page costs what the first does.
  const skip = (page - 1) * PAGE_SIZE;
  const fromEnd = skip > total / 2;
  const take = Math.max(0, Math.min(PAGE_SIZE, total - skip));
  const orderBy = submissionOrderBy(filters);
  const read = await db.assessment.findMany({
    where,
    orderBy: fromEnd ? reverseOrder(orderBy) : orderBy,
    skip: fromEnd ? total - skip - take : skip,
    take: fromEnd ? take : PAGE_SIZE,
    select: {
      id: true,
      round: true,
      status: true,
      submittedAt: true,
      updatedAt: true,
      agency: { select: { name: true, countryCode: true, region: true } },
      currentSnapshot: { select: { digitalMaturity: true, youthReadiness: true } },
    },
  });
  const rows = fromEnd ? read.reverse() : read;
  return ok({
    rows: rows.map((row) => ({
      id: row.id,
      agencyName: row.agency.name,
      countryCode: row.agency.countryCode,
      region: row.agency.region,
      round: row.round,
      status: row.status,
      submittedAt: row.submittedAt,
      updatedAt: row.updatedAt,
      indices: row.currentSnapshot
        ? { digital_maturity: row.currentSnapshot.digitalMaturity, youth_readiness: row.currentSnapshot.youthReadiness }
        : null,
    })),
    total,
    page,
    pageCount,
    pageSize: PAGE_SIZE,
  });
}
