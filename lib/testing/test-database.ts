import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deployMigrations } from "@/scripts/db/migrate";

/**
 * A fresh, empty database for one test file, on the database the run targets:
 * - SQLite (default): a file in its own temporary folder;
 * - PostgreSQL when TEST_DATABASE=postgresql: a new database on the server of TEST_POSTGRES_URL (a role with
 *   CREATEDB; `npm test` starts a throw-away cluster and sets both), dropped by `drop()`.
 * vitest.config.ts runs every test file that calls createTestDatabase a second time on PostgreSQL when
 * TEST_POSTGRES_URL is set, so the same assertions hold on both databases.
 */
export type TestDatabaseProvider = "sqlite" | "postgresql";

export interface TestDatabase {
  provider: TestDatabaseProvider;
  url: string;
  client: PrismaClient;
  /** Applies the committed migrations of the provider (or those of `migrationsDir`). */
  migrate(options?: { migrationsDir?: string }): Promise<void>;
  /** Disconnects and deletes the database. */
  drop(): Promise<void>;
}

export function testDatabaseProvider(): TestDatabaseProvider {
  const wanted = process.env.TEST_DATABASE ?? "sqlite";
  if (wanted !== "sqlite" && wanted !== "postgresql") throw new Error(`TEST_DATABASE must be sqlite or postgresql, not "${wanted}"`);
  return wanted;
}

/** A server URL with another database name (the server's, the role's and the parameters stay). */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on a PostgreSQL server (e.g. CREATE/DROP DATABASE, which cannot run in a transaction). */
export async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Where the new database lives and how its storage is removed. */
async function createStorage(provider: TestDatabaseProvider, slug: string): Promise<{ url: string; remove: () => Promise<void> }> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), `${slug}-`));
    return { url: `file:${path.join(dir, "test.db")}`, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE=postgresql needs TEST_POSTGRES_URL=postgresql://… (a role with CREATEDB)");
  const database = `test_${slug}_${process.pid}_${Date.now().toString(36)}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${database}"`);
  return {
    url: withDatabase(serverUrl, database),
    remove: () => dropDatabase(serverUrl, database),
  };
}

/**
 * DROP … WITH (FORCE) ends the test's own connections, but PostgreSQL 15 refuses to end an autovacuum worker
 * busy on the new database for a role that is not a superuser (42501, insufficient privilege): the worker is
 * done within moments, so the drop is tried again.
 */
async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    } catch (error) {
      if (attempt >= 20 || (error as { code?: string }).code !== "42501") throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** `label` names the database (or folder) so that a leftover one says which test file made it. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const provider = testDatabaseProvider();
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 30);
  const { url, remove } = await createStorage(provider, slug);
  const client = createPrismaClient(url);
  return {
    provider,
    url,
    client,
    migrate: async (options = {}) => void (await deployMigrations({ url, ...options, log: () => {} })),
    drop: async () => {
      await client.$disconnect();
      await remove();
    },
  };
}
