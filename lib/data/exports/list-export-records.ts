import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { fail, ok, type Result } from "@/lib/result";
import type { SubmissionFilters } from "@/lib/coordinator/submission-filters";
import { db } from "@/lib/db";
import type { ExportRecord } from "@/lib/exports/types";
import type { AssessmentScores } from "@/lib/scoring/types";
import { toAnswers } from "../assessments/mappers";
import { submissionWhere } from "../coordinator/submission-where";

const BATCH = 200;

/**
 * The assessments of an export, with the overview's filters. Coordinators and admins export every agency;
 * a respondent's export is always narrowed to their own agency, whatever the filters say. Read in
 * batches (keyset on id) so that a large export does not hold one huge query result at a time.
 */
export async function listExportRecords(user: SessionUser, filters: SubmissionFilters): Promise<Result<ExportRecord[]>> {
  let agencyId: string | undefined;
  if (!hasPermission(user.role, "export:all")) {
    if (user.role !== "RESPONDENT" || user.agencyId === null) return fail("forbidden");
    agencyId = user.agencyId;
  }
  const where = submissionWhere(filters, agencyId);
  const records: ExportRecord[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.assessment.findMany({
      where,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        round: true,
        status: true,
        instrumentVersion: true,
        submittedAt: true,
        approvedAt: true,
        agency: { select: { name: true, countryCode: true, region: true } },
        answers: { select: { itemId: true, value: true, otherText: true } },
        snapshots: { where: { isCurrent: true }, select: { scores: true }, take: 1 },
      },
    });
    for (const row of rows) {
      const snapshot = row.snapshots[0];
      const scores = snapshot ? (JSON.parse(snapshot.scores) as AssessmentScores) : null;
      records.push({
        id: row.id,
        agencyName: row.agency.name,
        countryCode: row.agency.countryCode,
        region: row.agency.region,
        round: row.round,
        status: row.status,
        instrumentVersion: row.instrumentVersion,
        submittedAt: row.submittedAt,
        approvedAt: row.approvedAt,
        answers: toAnswers(row.answers),
        scores: scores ? { scoringModelVersion: scores.scoringModelVersion, dimensions: scores.dimensions, indices: scores.indices } : null,
      });
    }
    if (rows.length < BATCH) break;
    cursor = rows.at(-1)!.id;
  }
  // The file lists agencies alphabetically, then rounds: the order a reader looks for.
  records.sort((a, b) => a.agencyName.localeCompare(b.agencyName) || b.round - a.round);
  return ok(records);
}
