import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./db-client";
import { readOffMainThread } from "./db-read-worker";
import { Prisma, type PrismaClient } from "./generated/prisma/client";

const dir = mkdtempSync(path.join(tmpdir(), "db-read-worker-"));
let client: PrismaClient;

beforeAll(async () => {
  client = createPrismaClient(`file:${path.join(dir, "test.db")}`);
  await client.$executeRawUnsafe("CREATE TABLE t (n INTEGER, label TEXT, flag INTEGER)");
  await client.$executeRawUnsafe("INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 0), (3, NULL, 1)");
});

afterAll(async () => {
  await client?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

// A query that keeps SQLite busy for a while (counting to 3 million in a recursive CTE).
const SLOW = Prisma.sql`WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000000) SELECT COUNT(*) AS n FROM c`;

describe("aggregates read on the SQLite worker thread", () => {
  it("give the rows the client's own query gives, parameters (booleans too) bound the same way", async () => {
    const query = Prisma.sql`SELECT n, label FROM t WHERE flag = ${true} AND n >= ${1} ORDER BY n`;
    const offThread = await readOffMainThread<{ n: number; label: string | null }>(client, query);
    expect(offThread).toEqual([
      { n: 1, label: "a" },
      { n: 3, label: null },
    ]);
    const onThread = await client.$queryRaw<{ n: number; label: string | null }[]>(query);
    expect(offThread.map((row) => [Number(row.n), row.label])).toEqual(onThread.map((row) => [Number(row.n), row.label]));
  });

  it("see what the app committed a moment before", async () => {
    await client.$executeRawUnsafe("INSERT INTO t VALUES (4, 'd', 1)");
    expect(await readOffMainThread(client, Prisma.sql`SELECT COUNT(*) AS c FROM t`)).toEqual([{ c: 4 }]);
  });

  it("leave the event loop free while SQLite works: timers keep firing during a long query", async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const started = performance.now();
    try {
      expect(await readOffMainThread(client, SLOW)).toEqual([{ n: 3000000 }]);
    } finally {
      clearInterval(timer);
    }
    const elapsed = performance.now() - started;
    // On the calling thread the same query lets no timer fire until it ends.
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(elapsed / 5 / 4));
    expect(ticks).toBeGreaterThan(2);
  });

  it("reject a failing query with SQLite's message, and keep answering afterwards", async () => {
    await expect(readOffMainThread(client, Prisma.sql`SELECT * FROM missing_table`)).rejects.toThrow(/no such table: missing_table/);
    expect(await readOffMainThread(client, Prisma.sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });

  it("never write (the worker's connection is query-only)", async () => {
    await expect(readOffMainThread(client, Prisma.sql`DELETE FROM t RETURNING n`)).rejects.toThrow(/readonly|query_only|attempt to write/i);
    expect(await client.$queryRaw<{ c: bigint }[]>`SELECT COUNT(*) AS c FROM t`).toEqual([{ c: 4n }]);
  });
});
