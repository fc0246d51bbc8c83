import "server-only";
import type { SqlClient } from "../sql-dialect";

type StampRow = { approved: bigint | number; approvedAt: unknown; agencies: bigint | number; agencyAt: unknown };

/**
 * What every cohort aggregate depends on, read in one cheap query over indexes (Assessment(status,
 * updatedAt), Agency(updatedAt)): the number of approved assessments and the latest change among them,
 * and the number of agencies and their latest change. An approval, a return of an approved assessment, an
 * opt-out, a new region or a deactivation changes it (every write goes through Prisma, which sets
 * `updatedAt`); an autosave on a draft does not. Equal stamps: the aggregates are the same.
 */
export async function readCohortStamp(client: SqlClient): Promise<string> {
  const [row] = await client.$queryRaw<StampRow[]>`
    SELECT
      (SELECT COUNT(*) FROM "Assessment" WHERE "status" = 'APPROVED') AS "approved",
      (SELECT MAX("updatedAt") FROM "Assessment" WHERE "status" = 'APPROVED') AS "approvedAt",
      (SELECT COUNT(*) FROM "Agency") AS "agencies",
      (SELECT MAX("updatedAt") FROM "Agency") AS "agencyAt"`;
  const at = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
  return row ? `${Number(row.approved)}|${at(row.approvedAt)}|${Number(row.agencies)}|${at(row.agencyAt)}` : "";
}

type Entry = { stamp: string; value: Promise<unknown> };
const caches = new WeakMap<object, Map<string, Entry>>();

/**
 * A cohort aggregate computed once per stamp and database client, then shared by every request until an
 * approval or an agency change moves the stamp: at 100,000 assessments an aggregate reads hundreds of
 * thousands of rows, the stamp a few index pages. Concurrent requests share one computation in flight.
 * Per process: several app processes each compute it once per change.
 */
export async function cachedByCohortStamp<T>(client: SqlClient, key: string, compute: () => Promise<T>): Promise<T> {
  const stamp = await readCohortStamp(client);
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
  const value = compute();
  const entry = { stamp, value };
  cache.set(key, entry);
  // A failed computation is not kept: the next request tries again.
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return value;
}
