import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import type { SubmissionFilters } from "@/lib/coordinator/submission-filters";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { submissionWhere } from "../coordinator/submission-where";

/** Ids per query: bounded, so a large list is walked in constant memory. */
const IDS_PER_PAGE = 100;

export type BulkReports = {
  /** Assessments of the filtered list that have a report (a current snapshot) when the download started. */
  count: number;
  /** Their ids, page by page (keyset on the id). */
  ids: AsyncGenerator<string>;
};

/**
 * The reports of the overview's filtered list, for a coordinator's or administrator's bulk download
 * (the CSV export's permission): only assessments with a current snapshot, i.e. submitted ones.
 */
export async function listBulkReports(user: SessionUser, filters: SubmissionFilters): Promise<Result<BulkReports>> {
  if (!hasPermission(user.role, "export:all")) return fail("forbidden");
  const where = { ...submissionWhere(filters), currentSnapshot: { isNot: null } };
  const count = await db.assessment.count({ where });
  async function* walk(): AsyncGenerator<string> {
    let after: string | undefined;
    for (;;) {
      const page = await db.assessment.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        orderBy: { id: "asc" },
        take: IDS_PER_PAGE,
        select: { id: true },
      });
      for (const { id } of page) yield id;
      if (page.length < IDS_PER_PAGE) return;
      after = page.at(-1)!.id;
    }
  }
  return ok({ count, ids: walk() });
}
