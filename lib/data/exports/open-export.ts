import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { fail, ok, type Result } from "@/lib/result";
import type { SubmissionFilters } from "@/lib/coordinator/submission-filters";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ExportRecord, StoredScores } from "@/lib/exports/types";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { Stage } from "@/lib/scoring/stages";
import { toAnswers } from "../assessments/mappers";
import { submissionWhere } from "../coordinator/submission-where";
import { isPostgres } from "../sql-dialect";

/** Agencies per page: bounded, so no query ever carries an unbounded list of ids. */
const AGENCIES_PER_PAGE = 100;

export type OpenExport = {
  /** Counts the assessments matching the filters (the audit records it), when the caller is ready to. */
  count: () => Promise<number>;
  /** The records, page by page: agencies by name (the database's collation), then rounds, latest first. */
  pages: AsyncGenerator<ExportRecord[]>;
};

/**
 * An export with the overview's filters, read page by page so that memory stays constant whatever its
 * size: a keyset walk over agencies by (name, id), then each page's assessments with their answers and
 * the typed scores of their current snapshot (never the snapshot JSON). Coordinators and admins export
 * every agency; a respondent's export is always narrowed to their own agency, whatever the filters say.
 */
export async function openExport(user: SessionUser, filters: SubmissionFilters): Promise<Result<OpenExport>> {
  let agencyId: string | undefined;
  if (!hasPermission(user.role, "export:all")) {
    if (user.role !== "RESPONDENT" || user.agencyId === null) return fail("forbidden");
    agencyId = user.agencyId;
  }
  const where = submissionWhere(filters, agencyId);
  return ok({ count: () => db.assessment.count({ where }), pages: readPages(where) });
}

async function* readPages(where: Prisma.AssessmentWhereInput): AsyncGenerator<ExportRecord[]> {
  const { agency: agencyWhere, agencyId, ...assessmentWhere } = where;
  let after: { name: string; id: string } | undefined;
  for (;;) {
    const agencies = await db.agency.findMany({
      where: {
        AND: [
          (agencyWhere as Prisma.AgencyWhereInput | undefined) ?? {},
          typeof agencyId === "string" ? { id: agencyId } : {},
          // (name, id) > after, written as a range on the indexed name so the walk reads the index in order.
          after ? { name: { gte: after.name }, NOT: { name: after.name, id: { lte: after.id } } } : {},
        ],
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: AGENCIES_PER_PAGE,
      select: { id: true, name: true, countryCode: true, region: true },
    });
    if (agencies.length === 0) return;
    after = agencies.at(-1)!;
    const rows = await db.assessment.findMany({
      where: { ...assessmentWhere, agencyId: { in: agencies.map((a) => a.id) } },
      orderBy: [{ round: "desc" }, { id: "asc" }],
      select: {
        id: true,
        agencyId: true,
        round: true,
        status: true,
        instrumentVersion: true,
        submittedAt: true,
        approvedAt: true,
        currentSnapshot: {
          select: {
            scoringModelVersion: true,
            digitalMaturity: true,
            digitalMaturityStage: true,
            youthReadiness: true,
            youthReadinessStage: true,
            dimensions: { select: { dimension: true, score: true, stage: true } },
          },
        },
      },
    });
    const answers = await readAnswers(rows.map((row) => row.id));
    const byAgency = new Map<string, typeof rows>();
    for (const row of rows) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), row]);
    const records = agencies.flatMap((agency) =>
      (byAgency.get(agency.id) ?? []).map(
        (row): ExportRecord => ({
          id: row.id,
          agencyName: agency.name,
          countryCode: agency.countryCode,
          region: agency.region,
          round: row.round,
          status: row.status,
          instrumentVersion: row.instrumentVersion,
          submittedAt: row.submittedAt,
          approvedAt: row.approvedAt,
          answers: toAnswers(answers.get(row.id) ?? []),
          scores: row.currentSnapshot ? toStoredScores(row.currentSnapshot) : null,
        }),
      ),
    );
    if (records.length > 0) yield records;
    if (agencies.length < AGENCIES_PER_PAGE) return;
  }
}

/** The database's aggregate, read through its schema: [itemId, value as stored, other text]. */
const answerTuplesSchema = z.array(z.tuple([z.string(), z.string(), z.string().nullable()]));

type AnswerRow = { itemId: string; value: string; otherText: string | null };

/**
 * The answers of a page of assessments (a bounded list of ids), aggregated by the database into one JSON
 * text per assessment: a few hundred rows to read instead of one row (and one object) per answer.
 */
async function readAnswers(assessmentIds: string[]): Promise<Map<string, AnswerRow[]>> {
  if (assessmentIds.length === 0) return new Map();
  const ids = Prisma.join(assessmentIds);
  const rows = isPostgres(db)
    ? await db.$queryRaw<{ assessmentId: string; answers: string }[]>`
        SELECT "assessmentId", CAST(json_agg(json_build_array("itemId", "value", "otherText")) AS TEXT) AS "answers"
        FROM "Answer" WHERE "assessmentId" IN (${ids}) GROUP BY "assessmentId"`
    : await db.$queryRaw<{ assessmentId: string; answers: string }[]>`
        SELECT "assessmentId", json_group_array(json_array("itemId", "value", "otherText")) AS "answers"
        FROM "Answer" WHERE "assessmentId" IN (${ids}) GROUP BY "assessmentId"`;
  return new Map(
    rows.map((row) => [
      row.assessmentId,
      answerTuplesSchema.parse(JSON.parse(row.answers)).map(([itemId, value, otherText]) => ({ itemId, value, otherText })),
    ]),
  );
}

type SnapshotColumns = {
  scoringModelVersion: string;
  digitalMaturity: number | null;
  digitalMaturityStage: string | null;
  youthReadiness: number | null;
  youthReadinessStage: string | null;
  dimensions: { dimension: string; score: number | null; stage: string | null }[];
};

/** The typed columns as the exports' scores: a dimension without a score is "insufficient" (§2). */
function toStoredScores(snapshot: SnapshotColumns): StoredScores {
  const byDimension = new Map(snapshot.dimensions.map((d) => [d.dimension, d]));
  return {
    scoringModelVersion: snapshot.scoringModelVersion,
    dimensions: Object.fromEntries(
      DIMENSION_IDS.flatMap((id) => {
        const d = byDimension.get(id);
        return d ? [[id, { score: d.score, stage: d.stage as Stage | null, status: d.score === null ? "insufficient" : "scored" }]] : [];
      }),
    ) as StoredScores["dimensions"],
    indices: {
      digital_maturity: { value: snapshot.digitalMaturity, stage: snapshot.digitalMaturityStage as Stage | null },
      youth_readiness: { value: snapshot.youthReadiness, stage: snapshot.youthReadinessStage as Stage | null },
    },
  };
}
