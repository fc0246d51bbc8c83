import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deployMigrations } from "@/scripts/db/migrate";
import { checkHealth, committedMigrationNames } from "./health";

/*
 * GET /api/health's decision (issue 10, "Operations") against real databases: SQLite always, PostgreSQL when
 * TEST_POSTGRES_URL names a server (a role with CREATEDB; scripts/test-all.sh sets it). The route itself is
 * exercised over HTTP by e2e/operations.spec.ts and scripts/ops/check-operations.ts (503 with the database down).
 */
const dir = mkdtempSync(path.join(os.tmpdir(), "health-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sharedCases(name: string, setup: () => Promise<{ url: string; client: PrismaClient; downUrl: string; drop?: () => Promise<void> }>) {
  describe(name, () => {
    let url = "";
    let client: PrismaClient;
    let downUrl = "";
    let drop: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      ({ url, client, downUrl, drop } = await setup());
    }, 120_000);
    afterAll(async () => {
      await client?.$disconnect();
      await drop?.();
    });

    it("is unavailable with the database reachable but no migration applied", async () => {
      const health = await checkHealth(client, committedMigrationNames(url));
      expect(health).toMatchObject({ status: "unavailable", database: "ok", migrations: { state: "pending" } });
      expect(health.migrations.pending).toBe(committedMigrationNames(url).length);
    });

    it("is ok once the committed migrations are applied, and says nothing secret", async () => {
      await client.$disconnect(); // SQLite: the migration engine wants the file to itself
      await deployMigrations({ url, log: () => {} });
      const expected = committedMigrationNames(url);
      expect(expected.length).toBeGreaterThan(5);
      const health = await checkHealth(client, expected);
      expect(health).toEqual({ status: "ok", database: "ok", migrations: { state: "applied", expected: expected.length, applied: expected.length, pending: 0 } });
      expect(JSON.stringify(health)).not.toMatch(/postgres|file:|password|secret|127\.0\.0\.1|\.db/i);
    });

    it("is unavailable when a migration committed with this build is missing from the database", async () => {
      const expected = [...committedMigrationNames(url), "29991231235959_from_a_newer_build"];
      expect(await checkHealth(client, expected)).toMatchObject({ status: "unavailable", migrations: { state: "pending", pending: 1 } });
    });

    it("stays ok when the database has migrations this build does not know (rolling deployment)", async () => {
      const older = committedMigrationNames(url).slice(0, -1);
      expect(await checkHealth(client, older)).toMatchObject({ status: "ok", migrations: { pending: 0 } });
    });

    it("is unavailable, with the database unreachable, when the database is down", async () => {
      const down = createPrismaClient(downUrl);
      try {
        const health = await checkHealth(down, committedMigrationNames(url), 2000);
        expect(health).toMatchObject({ status: "unavailable", database: "unreachable", migrations: { state: "unknown" } });
      } finally {
        await down.$disconnect().catch(() => {});
      }
    });
  });
}

sharedCases("on SQLite", async () => {
  const url = `file:${path.join(dir, "health.db")}`;
  // A database file in a folder that does not exist cannot be opened: the database is down.
  return { url, client: createPrismaClient(url), downUrl: `file:${path.join(dir, "missing-folder", "down.db")}` };
});

const postgresUrl = process.env.TEST_POSTGRES_URL;
describe.skipIf(!postgresUrl)("PostgreSQL (skipped: set TEST_POSTGRES_URL)", () => {
  sharedCases("on PostgreSQL", async () => {
    const database = `health_test_${Date.now()}`;
    const admin = async (sql: string) => {
      const connection = new pg.Client({ connectionString: postgresUrl });
      await connection.connect();
      try {
        await connection.query(sql);
      } finally {
        await connection.end();
      }
    };
    await admin(`CREATE DATABASE "${database}"`);
    const parsed = new URL(postgresUrl!);
    parsed.pathname = `/${database}`;
    const url = parsed.toString();
    // A port nothing listens on: connections are refused.
    const down = new URL(url);
    down.port = "1";
    return { url, client: createPrismaClient(url), downUrl: down.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`) };
  });
});

vi.setConfig({ testTimeout: 60_000 });
