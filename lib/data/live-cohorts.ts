import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import type { LiveCohort } from "@/lib/scoring/live-cohort";
import { checkReadAccess } from "./assessments/access";
import { queryScoreFigures } from "./score-figures/score-figures-sql";
import { cachedByCohortStamp } from "./score-figures/cohort-stamp";
import { toLiveCohortWithout, toMemberFigures } from "./score-figures/to-cohort";

export type LiveCohorts = {
  /** The assessment's agency's region, e.g. "LAC". */
  region: string;
  regional: LiveCohort;
  overall: LiveCohort;
};

type Client = Pick<PrismaClient, "assessment" | "$queryRaw">;

/**
 * The members of the live cohorts (methodology §5) on an instrument version as SQL: the current snapshot
 * of each agency's latest APPROVED assessment on that version (one per agency, so none counts twice),
 * agencies that opted out left out. Each member sits in two scopes: "overall" and its region. With
 * `onlyAgencyId`, that agency's member alone (to take it out of its own cohort).
 */
export function liveCohortMembersSql(instrumentVersion: string, onlyAgencyId?: string): Prisma.Sql {
  const only = onlyAgencyId === undefined ? Prisma.empty : Prisma.sql`AND a."agencyId" = ${onlyAgencyId}`;
  return Prisma.sql`
    SELECT r."snapshotId", CASE WHEN sc."scope" = 'overall' THEN 'overall' ELSE r."region" END AS "scope"
    FROM (
      SELECT s."id" AS "snapshotId", CAST(g."region" AS TEXT) AS "region",
        ROW_NUMBER() OVER (PARTITION BY a."agencyId" ORDER BY a."round" DESC) AS "rank"
      FROM "Assessment" a
      JOIN "Agency" g ON g."id" = a."agencyId"
      JOIN "ScoreSnapshot" s ON s."currentForId" = a."id"
      WHERE a."status" = 'APPROVED' AND a."instrumentVersion" = ${instrumentVersion} AND s."instrumentVersion" = ${instrumentVersion}
        AND g."liveCohortOptOut" = false ${only}
    ) r
    CROSS JOIN (SELECT 'overall' AS "scope" UNION ALL SELECT 'region') sc
    WHERE r."rank" = 1`;
}

/**
 * The live cohorts of an assessment: medians, minimum and maximum per dimension and index, computed by the
 * database over the typed score columns, without the assessment's own agency. The aggregate over every
 * agency (all regions at once) is computed once per cohort stamp (cohort-stamp.ts) and shared by every
 * results page; each page then takes its own agency's member out (one small query), exactly. The ≥ 5
 * agencies threshold is applied per figure. No access check: see getLiveCohorts. Unknown: `notFound`.
 */
export async function loadLiveCohorts(assessmentId: string, client: Client = db): Promise<Result<LiveCohorts>> {
  const own = await client.assessment.findUnique({
    where: { id: assessmentId },
    select: { agencyId: true, instrumentVersion: true, agency: { select: { region: true } } },
  });
  if (!own) return fail("notFound");
  const region = own.agency.region;
  const version = own.instrumentVersion;
  const [rows, ownRows] = await Promise.all([
    cachedByCohortStamp(client, `live-cohorts:${version}`, () => queryScoreFigures(client, liveCohortMembersSql(version), { withRanks: true, offMainThread: true })),
    queryScoreFigures(client, liveCohortMembersSql(version, own.agencyId)),
  ]);
  const member = toMemberFigures(ownRows.filter((row) => row.scope === "overall"));
  return ok({
    region,
    regional: toLiveCohortWithout(rows, region, version, member),
    overall: toLiveCohortWithout(rows, "overall", version, member),
  });
}

/** The live cohorts for a user who may read the assessment; the access refusal otherwise. */
export async function getLiveCohorts(user: SessionUser, assessmentId: string): Promise<Result<LiveCohorts>> {
  const access = await checkReadAccess(user, assessmentId);
  if (!access.ok) return access;
  return loadLiveCohorts(assessmentId);
}
