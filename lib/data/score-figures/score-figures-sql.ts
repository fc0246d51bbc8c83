import "server-only";
import { readOffMainThread } from "@/lib/db-read-worker";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Score aggregates computed by the database over the typed snapshot columns (never the JSON), in SQL
 * that runs unchanged on SQLite and PostgreSQL. The caller gives the members as a SQL query returning
 * `"snapshotId"` and `"scope"` (a snapshot may sit in several scopes, e.g. a region and "overall"); the
 * query answers, per scope: the number of members, and per key (each dimension id, `index.<indexId>`)
 * the median, minimum, maximum and n of the scored values, and per dimension the count of each stage.
 * Item-level figures can add their own `values` branch keyed by item id: the shape stays the same.
 */
export const INDEX_KEY_PREFIX = "index.";

/**
 * `rank` rows (with `withRanks`) give single values of a key's sorted list: `rank` (1-based) and `value`,
 * at the ranks from which the figure can be recomputed without any one member (to-cohort.ts's
 * figureWithout): the two lowest, the two highest and the four around the middle.
 */
export type FigureRow = {
  kind: "members" | "figure" | "stage" | "rank";
  scope: string;
  key: string | null;
  stage: string | null;
  n: number;
  min: number | null;
  max: number | null;
  median: number | null;
  rank: number | null;
  value: number | null;
};

type RawRow = Omit<FigureRow, "kind" | "n" | "rank"> & { kind: string; n: bigint | number; rank: bigint | number | null };

export function scoreFiguresSql(members: Prisma.Sql, options: { withRanks?: boolean } = {}): Prisma.Sql {
  const ranks = options.withRanks
    ? Prisma.sql`
    UNION ALL
    SELECT 'rank', "scope", "key", NULL, "cnt", NULL, NULL, NULL, "rn", "value" FROM "ordered"
      WHERE "rn" IN (1, 2, "cnt" - 1, "cnt") OR "rn" BETWEEN "cnt" / 2 AND ("cnt" + 1) / 2 + 1`
    : Prisma.empty;
  return Prisma.sql`
    -- "members" CROSS JOIN <table>, not JOIN … ON: SQLite then reads the members first and looks each one
    -- up by key. It cannot know how many rows a materialised CTE has and otherwise scans every snapshot
    -- (174 ms for one agency's member at 100,000 assessments; 1 ms this way). PostgreSQL plans it as a join.
    WITH "members" AS MATERIALIZED (${members}),
    "vals" AS (
      SELECT m."scope", d."dimension" AS "key", d."score" AS "value"
        FROM "members" m CROSS JOIN "SnapshotDimension" d WHERE d."snapshotId" = m."snapshotId" AND d."score" IS NOT NULL
      UNION ALL
      SELECT m."scope", ${`${INDEX_KEY_PREFIX}digital_maturity`}, s."digitalMaturity"
        FROM "members" m CROSS JOIN "ScoreSnapshot" s WHERE s."id" = m."snapshotId" AND s."digitalMaturity" IS NOT NULL
      UNION ALL
      SELECT m."scope", ${`${INDEX_KEY_PREFIX}youth_readiness`}, s."youthReadiness"
        FROM "members" m CROSS JOIN "ScoreSnapshot" s WHERE s."id" = m."snapshotId" AND s."youthReadiness" IS NOT NULL
    ),
    "ordered" AS (
      SELECT "scope", "key", "value",
        ROW_NUMBER() OVER (PARTITION BY "scope", "key" ORDER BY "value") AS "rn",
        COUNT(*) OVER (PARTITION BY "scope", "key") AS "cnt"
      FROM "vals"
    )
    -- The median is the middle value, or the mean of the two middle ones for an even n (rows (n+1)/2 and
    -- (n+2)/2 in integer division), like lib/scoring/live-cohort.ts's summariseScores.
    SELECT 'figure' AS "kind", "scope", "key", NULL AS "stage", "cnt" AS "n", MIN("value") AS "min", MAX("value") AS "max",
      AVG(CASE WHEN "rn" = ("cnt" + 1) / 2 OR "rn" = ("cnt" + 2) / 2 THEN "value" END) AS "median",
      -- Typed NULLs: PostgreSQL types a UNION's column from its first branches (untyped NULLs become text).
      CAST(NULL AS BIGINT) AS "rank", CAST(NULL AS DOUBLE PRECISION) AS "value"
      FROM "ordered" GROUP BY "scope", "key", "cnt"
    UNION ALL
    SELECT 'stage', m."scope", d."dimension", d."stage", COUNT(*), NULL, NULL, NULL, NULL, NULL
      FROM "members" m CROSS JOIN "SnapshotDimension" d WHERE d."snapshotId" = m."snapshotId" AND d."stage" IS NOT NULL
      GROUP BY m."scope", d."dimension", d."stage"
    UNION ALL
    SELECT 'members', "scope", NULL, NULL, COUNT(*), NULL, NULL, NULL, NULL, NULL FROM "members" GROUP BY "scope"${ranks}`;
}

/**
 * Runs the aggregate and returns plain numbers (counts come back as bigint on PostgreSQL). With
 * `offMainThread`, a SQLite database answers on the read worker (lib/db-read-worker.ts): for aggregates over
 * a whole cohort, which would hold the event loop for seconds at 100,000 assessments.
 */
export async function queryScoreFigures(
  client: { $queryRaw<T>(query: Prisma.Sql): Prisma.PrismaPromise<T> },
  members: Prisma.Sql,
  options: { withRanks?: boolean; offMainThread?: boolean } = {},
): Promise<FigureRow[]> {
  const query = scoreFiguresSql(members, options);
  const rows = options.offMainThread ? await readOffMainThread<RawRow>(client, query) : await client.$queryRaw<RawRow[]>(query);
  return rows.map((row) => ({
    kind: row.kind as FigureRow["kind"],
    scope: row.scope,
    key: row.key,
    stage: row.stage,
    n: Number(row.n),
    min: row.min === null ? null : Number(row.min),
    max: row.max === null ? null : Number(row.max),
    median: row.median === null ? null : Number(row.median),
    rank: row.rank === null ? null : Number(row.rank),
    value: row.value === null ? null : Number(row.value),
  }));
}
