import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { fail, ok, type Result } from "@/lib/result";
import { MIN_LIVE_COHORT } from "@/lib/scoring/live-cohort";
import { STATUS_KEYS, type RegionSummary, type StatusKey } from "@/lib/coordinator/regional-summary";
import { REGIONS } from "@/lib/enums";
import { db } from "@/lib/db";
import { readOffMainThread } from "@/lib/db-read-worker";
import { Prisma } from "@/lib/generated/prisma/client";
import { instrument } from "@/lib/questionnaire/instrument";
import { membersOf, toLiveCohort, toStageCounts } from "../score-figures/to-cohort";
import { cachedByCohortStamp } from "../score-figures/cohort-stamp";
import { queryScoreFigures } from "../score-figures/score-figures-sql";

type CountRow = { region: string; status: string | null; agencies: bigint | number };
type ApprovedRow = { region: string; approved: bigint | number };

/**
 * The regional view, computed by the database. Each active agency counts once: with the status of its
 * latest assessment (or of the chosen round's), and with the scores of its latest approved assessment.
 * From MIN_LIVE_COHORT approved agencies on the current instrument version, a region shows the stage
 * distribution and the medians per dimension (the live cohort's rule), from the typed score columns.
 */
export async function getRegionalOverview(user: SessionUser, round?: number): Promise<Result<RegionSummary[]>> {
  if (!hasPermission(user.role, "assessment:view-all")) return fail("forbidden");
  const inRound = round === undefined ? Prisma.empty : Prisma.sql`AND a."round" = ${round}`;
  const [counts, approvedRows, figures] = await Promise.all([
    // Per active agency, the status of its latest assessment, found through the (agencyId, round) index
    // instead of ranking every assessment (a third of the CPU at 100,000); on the SQLite read worker, so the
    // event loop serves other requests meanwhile. Any save or submission can change it: never cached.
    readOffMainThread<CountRow>(
      db,
      Prisma.sql`
      SELECT CAST(g."region" AS TEXT) AS "region", CAST(l."status" AS TEXT) AS "status", COUNT(*) AS "agencies"
      FROM "Agency" g
      LEFT JOIN "Assessment" l ON l."agencyId" = g."id"
        AND l."round" = (SELECT MAX(a."round") FROM "Assessment" a WHERE a."agencyId" = g."id" ${inRound})
      WHERE g."active" = true
      GROUP BY g."region", l."status"`,
    ),
    // Per region, the active agencies whose latest approved assessment has its scores. It depends on approved
    // assessments and agencies alone, as the cohort stamp does: computed once per stamp (a third of this
    // page's database time at 100,000 assessments).
    cachedByCohortStamp(db, `regions-approved:${round ?? "latest"}`, () =>
      readOffMainThread<ApprovedRow>(
        db,
        Prisma.sql`
        SELECT CAST(g."region" AS TEXT) AS "region", COUNT(s."id") AS "approved"
        FROM "Agency" g
        LEFT JOIN "ScoreSnapshot" s ON s."currentForId" = (
          SELECT a."id" FROM "Assessment" a WHERE a."agencyId" = g."id" AND a."status" = 'APPROVED' ${inRound} ORDER BY a."round" DESC LIMIT 1)
        WHERE g."active" = true
        GROUP BY g."region"`,
      ),
    ),
    // The figures read every approved snapshot's typed scores: computed once per cohort stamp.
    cachedByCohortStamp(db, `regions:${round ?? "latest"}`, () =>
      queryScoreFigures(
        db,
        Prisma.sql`
        SELECT s."id" AS "snapshotId", CAST(g."region" AS TEXT) AS "scope"
        FROM (${latestSql(Prisma.sql`AND a."status" = 'APPROVED'`, inRound)}) p
        JOIN "Agency" g ON g."id" = p."agencyId"
        JOIN "ScoreSnapshot" s ON s."currentForId" = p."id"
        WHERE p."rank" = 1 AND g."active" = true AND s."instrumentVersion" = ${instrument.version}`,
        { offMainThread: true },
      ),
    ),
  ]);
  const regions = REGIONS.filter((region) => counts.some((row) => row.region === region));
  return ok(
    regions.map((region): RegionSummary => {
      const byStatus = Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as Record<StatusKey, number>;
      let agencies = 0;
      for (const row of counts.filter((r) => r.region === region)) {
        byStatus[(row.status ?? "NOT_STARTED") as StatusKey] += Number(row.agencies);
        agencies += Number(row.agencies);
      }
      const approved = Number(approvedRows.find((row) => row.region === region)?.approved ?? 0);
      const sameVersion = membersOf(figures, region);
      return {
        region,
        agencies,
        byStatus,
        approved,
        figures:
          sameVersion >= MIN_LIVE_COHORT
            ? { stages: toStageCounts(figures, region), cohort: toLiveCohort(figures, region, instrument.version) }
            : null,
      };
    }),
  );
}

/** Each agency's assessments ranked from the latest round (rank 1), narrowed by the given conditions. */
function latestSql(condition: Prisma.Sql, inRound: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT a."id", a."agencyId", a."status", ROW_NUMBER() OVER (PARTITION BY a."agencyId" ORDER BY a."round" DESC) AS "rank"
    FROM "Assessment" a WHERE 1 = 1 ${condition} ${inRound}`;
}
