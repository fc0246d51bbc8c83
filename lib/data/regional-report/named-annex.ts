import "server-only";
import { db } from "@/lib/db";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { NamedAgency } from "@/lib/study/regional-report";
import { COHORT_FROM, cohortWhere, type CohortSelection, type SqlClient } from "../live-items/count-answers";

type Row = { agencyId: string; name: string; countryCode: string; dimension: string | null; score: number | null };

/**
 * The named annex: the cohort's agencies that consented to be named (`studyNamingConsent`, set by the
 * agency itself), with their dimension scores from the typed columns. Agencies without consent are not
 * read at all, so they cannot leak into the annex.
 */
export async function loadNamedAnnex(selection: CohortSelection, client: SqlClient = db): Promise<NamedAgency[]> {
  const rows = await client.$queryRaw<Row[]>`SELECT ag."id" AS "agencyId", ag."name" AS "name", ag."countryCode" AS "countryCode",
      d."dimension" AS "dimension", d."score" AS "score"
    FROM ${COHORT_FROM} JOIN "ScoreSnapshot" s ON s."currentForId" = a."id"
      LEFT JOIN "SnapshotDimension" d ON d."snapshotId" = s."id"
    WHERE ${cohortWhere(selection)} AND ag."studyNamingConsent" = true AND s."instrumentVersion" = ${selection.instrumentVersion}
    ORDER BY ag."name"`;
  const byAgency = new Map<string, NamedAgency>();
  for (const row of rows) {
    const agency = byAgency.get(row.agencyId) ?? {
      name: row.name,
      countryCode: row.countryCode,
      dimensions: Object.fromEntries(DIMENSION_IDS.map((d) => [d, null])) as Record<DimensionId, number | null>,
    };
    if (row.dimension !== null && row.dimension in agency.dimensions) agency.dimensions[row.dimension as DimensionId] = row.score === null ? null : Number(row.score);
    byAgency.set(row.agencyId, agency);
  }
  return [...byAgency.values()];
}
