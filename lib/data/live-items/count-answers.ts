import "server-only";
import { db } from "@/lib/db";
import { readOffMainThread } from "@/lib/db-read-worker";
import { Prisma } from "@/lib/generated/prisma/client";
import { allItems } from "@/lib/questionnaire/lookup";
import type { LiveItemCounts } from "@/lib/scoring/live-items";
import { hasLiveDistribution } from "@/lib/scoring/live-items";
import { jsonListElements, jsonStringText, type SqlClient } from "../sql-dialect";

export type { SqlClient };

/**
 * Which approved assessments form a cohort. Without `round`: each agency's latest approved round on the
 * instrument version (the live cohort, §5); with `round`: that round's approved assessments (a cohort to
 * freeze). Opted-out agencies never count; `excludeAgencyId` leaves out the agency being compared.
 */
export type CohortSelection = {
  instrumentVersion: string;
  region?: string | null;
  round?: number | null;
  excludeAgencyId?: string | null;
  /** That agency's member alone (to take it out of a cohort counted for every agency). */
  onlyAgencyId?: string | null;
};

/** The WHERE clause over `a` (Assessment) and `ag` (Agency) that selects the cohort's assessments. */
export function cohortWhere(selection: CohortSelection): Prisma.Sql {
  const conditions = [
    Prisma.sql`a."status" = 'APPROVED'`,
    Prisma.sql`a."instrumentVersion" = ${selection.instrumentVersion}`,
    Prisma.sql`ag."liveCohortOptOut" = false`,
  ];
  if (selection.excludeAgencyId) conditions.push(Prisma.sql`a."agencyId" <> ${selection.excludeAgencyId}`);
  if (selection.onlyAgencyId) conditions.push(Prisma.sql`a."agencyId" = ${selection.onlyAgencyId}`);
  if (selection.region) conditions.push(Prisma.sql`CAST(ag."region" AS TEXT) = ${selection.region}`);
  if (selection.round !== undefined && selection.round !== null) {
    conditions.push(Prisma.sql`a."round" = ${selection.round}`);
  } else {
    // One member per agency: a later approved round on the same instrument replaces the earlier one.
    conditions.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "Assessment" b WHERE b."agencyId" = a."agencyId"
      AND b."status" = 'APPROVED' AND b."instrumentVersion" = a."instrumentVersion" AND b."round" > a."round")`);
  }
  return Prisma.join(conditions, " AND ");
}

export const COHORT_FROM = Prisma.sql`"Assessment" a JOIN "Agency" ag ON ag."id" = a."agencyId"`;

type RegionRow = { region: string; agencies: number };
type TotalRow = RegionRow & { itemId: string };
type OptionRow = TotalRow & { option: string };

const SINGLE_IDS = allItems.filter((item) => hasLiveDistribution(item) && item.kind !== "multi").map((item) => item.id);
const MULTI_IDS = allItems.filter((item) => item.kind === "multi").map((item) => item.id);

/**
 * Counts, in the database, the agencies of a cohort per region, per item and per option: the rows grow with
 * regions × items × options, never with the number of assessments. Per region, so that one query gives
 * the regional cohorts and (summed) the overall one. `offMainThread`: a SQLite database counts on the read
 * worker (lib/db-read-worker.ts), for a whole cohort's answers (seconds at 100,000 assessments).
 */
export async function countCohortAnswers(
  selection: CohortSelection,
  client: SqlClient = db,
  options: { offMainThread?: boolean } = {},
): Promise<Map<string, LiveItemCounts>> {
  const where = cohortWhere(selection);
  // A single answer's option is its JSON string (anything else is not an option); a tick-all answer's
  // options are the elements of its list.
  const option = jsonStringText(client, Prisma.sql`an."value"`);
  const unnest = jsonListElements(client, Prisma.sql`an."value"`);
  const read = <T>(query: Prisma.Sql) => (options.offMainThread ? readOffMainThread<T>(client, query) : client.$queryRaw<T[]>(query));
  const [regions, totals, singles, multis] = await Promise.all([
    read<RegionRow>(Prisma.sql`SELECT CAST(ag."region" AS TEXT) AS region, CAST(COUNT(*) AS INTEGER) AS agencies
      FROM ${COHORT_FROM} WHERE ${where} GROUP BY ag."region"`),
    read<TotalRow>(Prisma.sql`SELECT CAST(ag."region" AS TEXT) AS region, an."itemId" AS "itemId", CAST(COUNT(*) AS INTEGER) AS agencies
      FROM ${COHORT_FROM} JOIN "Answer" an ON an."assessmentId" = a."id"
      WHERE ${where} GROUP BY ag."region", an."itemId"`),
    read<OptionRow>(Prisma.sql`SELECT CAST(ag."region" AS TEXT) AS region, an."itemId" AS "itemId", ${option} AS "option", CAST(COUNT(*) AS INTEGER) AS agencies
      FROM ${COHORT_FROM} JOIN "Answer" an ON an."assessmentId" = a."id"
      WHERE ${where} AND an."itemId" IN (${Prisma.join(SINGLE_IDS)}) AND ${option} IS NOT NULL
      GROUP BY ag."region", an."itemId", ${option}`),
    read<OptionRow>(Prisma.sql`SELECT CAST(ag."region" AS TEXT) AS region, an."itemId" AS "itemId", CAST(e.value AS TEXT) AS "option", CAST(COUNT(DISTINCT a."id") AS INTEGER) AS agencies
      FROM ${COHORT_FROM} JOIN "Answer" an ON an."assessmentId" = a."id", ${unnest}
      WHERE ${where} AND an."itemId" IN (${Prisma.join(MULTI_IDS)})
      GROUP BY ag."region", an."itemId", e.value`),
  ]);
  const byRegion = new Map<string, { agencies: number; totals: LiveItemCounts["totals"][number][]; options: LiveItemCounts["options"][number][] }>();
  for (const row of regions) byRegion.set(row.region, { agencies: Number(row.agencies), totals: [], options: [] });
  for (const row of totals) byRegion.get(row.region)?.totals.push({ itemId: row.itemId, agencies: Number(row.agencies) });
  for (const row of [...singles, ...multis]) byRegion.get(row.region)?.options.push({ itemId: row.itemId, option: row.option, agencies: Number(row.agencies) });
  return byRegion;
}

/** Distinct countries among the cohort's agencies (participation: "n agencies from m countries"). */
export async function countCountries(selection: CohortSelection, client: SqlClient = db): Promise<number> {
  const rows = await client.$queryRaw<{ countries: number }[]>`SELECT CAST(COUNT(DISTINCT ag."countryCode") AS INTEGER) AS countries
    FROM ${COHORT_FROM} WHERE ${cohortWhere(selection)}`;
  return Number(rows[0]?.countries ?? 0);
}

/** The counts of several regions added up (the overall cohort): each agency belongs to one region. */
/**
 * A cohort's counts without a part of it (e.g. one agency's member, counted by the same SQL): counts are
 * sums over members, so taking one out is exact. Rows that fall to zero are dropped, as if never counted.
 */
export function subtractCounts(whole: LiveItemCounts, part: LiveItemCounts | undefined): LiveItemCounts {
  if (!part) return whole;
  const negated: LiveItemCounts = {
    agencies: -part.agencies,
    totals: part.totals.map((row) => ({ ...row, agencies: -row.agencies })),
    options: part.options.map((row) => ({ ...row, agencies: -row.agencies })),
  };
  const sum = sumCounts([whole, negated]);
  return { agencies: sum.agencies, totals: sum.totals.filter((row) => row.agencies > 0), options: sum.options.filter((row) => row.agencies > 0) };
}

export function sumCounts(parts: Iterable<LiveItemCounts>): LiveItemCounts {
  let agencies = 0;
  const totals = new Map<string, number>();
  const options = new Map<string, { itemId: string; option: string; agencies: number }>();
  for (const part of parts) {
    agencies += part.agencies;
    for (const row of part.totals) totals.set(row.itemId, (totals.get(row.itemId) ?? 0) + row.agencies);
    for (const row of part.options) {
      const key = `${row.itemId}\u0000${row.option}`;
      const entry = options.get(key) ?? { itemId: row.itemId, option: row.option, agencies: 0 };
      entry.agencies += row.agencies;
      options.set(key, entry);
    }
  }
  return {
    agencies,
    totals: [...totals].map(([itemId, count]) => ({ itemId, agencies: count })),
    options: [...options.values()],
  };
}
