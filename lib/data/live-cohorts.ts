import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import type { LiveCohort } from "@/lib/scoring/live-cohort";
import { checkReadAccess } from "./assessments/access";
import { queryScoreFigures } from "./score-figures/score-figures-sql";
import { toLiveCohort } from "./score-figures/to-cohort";

export type LiveCohorts = {
  /** The assessment's agency's region, e.g. "LAC". */
  region: string;
  regional: LiveCohort;
  overall: LiveCohort;
};

type Client = Pick<PrismaClient, "assessment" | "$queryRaw">;

/**
 * The members of an assessment's live cohorts (methodology §5) as SQL, scoped "regional" and "overall":
 * the current snapshot of each other agency's latest APPROVED assessment on the same instrument version
 * (one per agency, so none counts twice). The agency itself and agencies that opted out never count.
 * Reusable for other aggregates of the same cohort (e.g. item-level figures).
 */
export function liveCohortMembersSql(own: { agencyId: string; region: string; instrumentVersion: string }): Prisma.Sql {
  return Prisma.sql`
    SELECT r."snapshotId", sc."scope"
    FROM (${latestApprovedSql(own)}) r
    JOIN (SELECT 'overall' AS "scope" UNION ALL SELECT 'regional') sc ON sc."scope" = 'overall' OR r."region" = ${own.region}
    WHERE r."rank" = 1`;
}

function latestApprovedSql(own: { agencyId: string; instrumentVersion: string }): Prisma.Sql {
  return Prisma.sql`
    SELECT s."id" AS "snapshotId", CAST(g."region" AS TEXT) AS "region",
      ROW_NUMBER() OVER (PARTITION BY a."agencyId" ORDER BY a."round" DESC) AS "rank"
    FROM "Assessment" a
    JOIN "Agency" g ON g."id" = a."agencyId"
    JOIN "ScoreSnapshot" s ON s."currentForId" = a."id"
    WHERE a."status" = 'APPROVED' AND a."instrumentVersion" = ${own.instrumentVersion} AND s."instrumentVersion" = ${own.instrumentVersion}
      AND a."agencyId" <> ${own.agencyId} AND g."liveCohortOptOut" = false`;
}

/**
 * The live cohorts of an assessment: medians, minimum and maximum per dimension and index, computed by the
 * database over the typed score columns (one query, whatever the number of agencies). The ≥ 5 agencies
 * threshold is applied per figure. No access check: see getLiveCohorts. An unknown assessment is `notFound`.
 */
export async function loadLiveCohorts(assessmentId: string, client: Client = db): Promise<Result<LiveCohorts>> {
  const own = await client.assessment.findUnique({
    where: { id: assessmentId },
    select: { agencyId: true, instrumentVersion: true, agency: { select: { region: true } } },
  });
  if (!own) return fail("notFound");
  const region = own.agency.region;
  const rows = await queryScoreFigures(client, liveCohortMembersSql({ agencyId: own.agencyId, region, instrumentVersion: own.instrumentVersion }));
  return ok({
    region,
    regional: toLiveCohort(rows, "regional", own.instrumentVersion),
    overall: toLiveCohort(rows, "overall", own.instrumentVersion),
  });
}

/** The live cohorts for a user who may read the assessment; the access refusal otherwise. */
export async function getLiveCohorts(user: SessionUser, assessmentId: string): Promise<Result<LiveCohorts>> {
  const access = await checkReadAccess(user, assessmentId);
  if (!access.ok) return access;
  return loadLiveCohorts(assessmentId);
}
