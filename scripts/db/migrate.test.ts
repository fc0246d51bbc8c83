import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOnServer } from "@/lib/testing/test-database";
import { createMigration, deployMigrations } from "./migrate";
import { lockfileProvider, nextTimestamp, sanitizeMigrationName } from "./migrations";

const NOTE_V1 = `
model Note {
  id    Int    @id @default(autoincrement())
  title String
}
`;

// A new column and a new model: the second diff has to replay the first migration on a shadow database.
const NOTE_V2 = `
model Note {
  id    Int     @id @default(autoincrement())
  title String
  body  String? @default("a;b") // a semicolon inside a string must survive script splitting
  tags  Tag[]
}

model Tag {
  id     Int    @id @default(autoincrement())
  label  String
  noteId Int
  note   Note   @relation(fields: [noteId], references: [id])
}
`;

function datasource(provider: "sqlite" | "postgresql"): string {
  return `datasource db {\n  provider = "${provider}"\n}\n`;
}

/** A scratch folder with a schema file and an (empty) migrations folder. */
function scratch(provider: "sqlite" | "postgresql") {
  const dir = mkdtempSync(path.join(tmpdir(), "migrate-test-"));
  const schemaPath = path.join(dir, "schema.prisma");
  const migrationsDir = path.join(dir, "migrations");
  return {
    dir,
    schemaPath,
    migrationsDir,
    writeSchema: (models: string) => writeFileSync(schemaPath, datasource(provider) + models),
    migrationNames: () => (existsSync(migrationsDir) ? readdirSync(migrationsDir).filter((entry) => !entry.endsWith(".toml")).sort() : []),
  };
}

describe("migrations on SQLite", () => {
  const work = scratch("sqlite");
  const url = `file:${path.join(work.dir, "data", "test.db")}`; // "data/" does not exist yet: deploy creates it
  const options = { url, schemaPath: work.schemaPath, migrationsDir: work.migrationsDir, log: () => {} };
  const query = <T>(sql: string): T[] => {
    const db = new Database(url.slice("file:".length), { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };

  afterAll(() => rmSync(work.dir, { recursive: true, force: true }));

  it("creates the first migration from an empty history, with Prisma's lockfile", async () => {
    work.writeSchema(NOTE_V1);
    const created = await createMigration({ ...options, name: "Init notes" });
    expect(created.name).toMatch(/^\d{14}_init_notes$/);
    expect(created.sql).toContain('CREATE TABLE "Note"');
    expect(work.migrationNames()).toEqual([created.name]);
    expect(lockfileProvider(readFileSync(path.join(work.migrationsDir, "migration_lock.toml"), "utf8"))).toBe("sqlite");
  });

  it("deploys it and records it in _prisma_migrations", async () => {
    expect(await deployMigrations(options)).toEqual({ applied: work.migrationNames() });
    expect(query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'Note'")).toHaveLength(1);
    const rows = query<{ finished_at: unknown }>("SELECT finished_at FROM _prisma_migrations");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.finished_at).not.toBeNull();
  });

  it("creates a second migration by replaying the first on a shadow database", async () => {
    work.writeSchema(NOTE_V2);
    const created = await createMigration({ ...options, name: "tags" });
    expect(created.sql).toContain('CREATE TABLE "Tag"');
    expect(created.sql).toContain('"body" TEXT');
    expect(created.sql).not.toMatch(/CREATE TABLE "Note"/); // what a diff from an empty history would say
    // Created within the same second as the first: the timestamp is bumped so that the order holds.
    const names = work.migrationNames();
    expect(names).toHaveLength(2);
    expect(names[1]).toBe(created.name);
  });

  it("deploys only the new migration", async () => {
    const [, second] = work.migrationNames();
    expect(await deployMigrations(options)).toEqual({ applied: [second] });
    const columns = query<{ name: string }>("SELECT name FROM pragma_table_info('Note')").map((column) => column.name);
    expect(columns).toContain("body");
    expect(query("SELECT * FROM _prisma_migrations WHERE finished_at IS NOT NULL")).toHaveLength(2);
  });

  it("applies nothing the second time", async () => {
    expect(await deployMigrations(options)).toEqual({ applied: [] });
    expect(query("SELECT * FROM _prisma_migrations")).toHaveLength(2);
  });

  it("writes nothing when the schema has not changed", async () => {
    const before = work.migrationNames();
    expect(await createMigration({ ...options, name: "nothing" })).toEqual({ name: null, file: null, sql: null });
    expect(work.migrationNames()).toEqual(before);
  });

  it("reports a failing migration with the database's message and the migration's name", async () => {
    const broken = path.join(work.migrationsDir, "29990101000000_broken");
    cpSync(path.join(work.migrationsDir, work.migrationNames()[0] ?? ""), broken, { recursive: true });
    writeFileSync(path.join(broken, "migration.sql"), "SELEC 1;");
    await expect(deployMigrations(options)).rejects.toThrow(/syntax error[\s\S]*29990101000000_broken/);
    rmSync(broken, { recursive: true });
  });
});

describe("the committed SQLite migrations", () => {
  it("match prisma/schema.prisma (run npm run db:migrate -- --name <change> after editing the models)", async () => {
    const work = scratch("sqlite");
    try {
      cpSync("prisma/migrations", work.migrationsDir, { recursive: true });
      const created = await createMigration({
        url: `file:${path.join(work.dir, "unused.db")}`,
        schemaPath: path.resolve("prisma/schema.prisma"),
        migrationsDir: work.migrationsDir,
        name: "drift",
        log: () => {},
      });
      expect(created.sql).toBeNull();
    } finally {
      rmSync(work.dir, { recursive: true, force: true });
    }
  });
});

describe("migration names", () => {
  it("slugifies names", () => {
    expect(sanitizeMigrationName("Add user roles!")).toBe("add_user_roles");
    expect(sanitizeMigrationName("  ")).toBe("migration");
  });

  it("keeps timestamps increasing even within one second or behind a teammate's clock", () => {
    const now = new Date(Date.UTC(2026, 0, 31, 23, 59, 59, 500));
    expect(nextTimestamp([], now)).toBe("20260131235959");
    expect(nextTimestamp(["20260131235959_init"], now)).toBe("20260201000000");
    expect(nextTimestamp(["20270101000000_future"], now)).toBe("20270101000001");
  });
});

const postgresUrl = process.env.TEST_POSTGRES_URL;

describe.skipIf(!postgresUrl)("migrations on PostgreSQL (skipped: set TEST_POSTGRES_URL=postgresql://… of a role with CREATEDB)", () => {
  // Each run gets its own database on that server, dropped afterwards.
  const database = `migrate_test_${Date.now()}`;
  const adminUrl = postgresUrl ?? "";
  const testUrl = (() => {
    const parsed = new URL(adminUrl || "postgresql://localhost/unused");
    parsed.pathname = `/${database}`;
    return parsed.toString();
  })();
  const work = scratch("postgresql");
  const options = { url: testUrl, schemaPath: work.schemaPath, migrationsDir: work.migrationsDir, log: () => {} };
  const query = async (sql: string): Promise<unknown[]> => {
    const client = new pg.Client({ connectionString: testUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  const admin = (sql: string) => runOnServer(adminUrl, sql);

  beforeAll(() => admin(`CREATE DATABASE "${database}"`));
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    rmSync(work.dir, { recursive: true, force: true });
  });

  it("creates, deploys, creates a second migration through a shadow database, deploys it once", async () => {
    work.writeSchema(NOTE_V1);
    const first = await createMigration({ ...options, name: "init" });
    expect(first.sql).toContain('CREATE TABLE "Note"');
    expect(lockfileProvider(readFileSync(path.join(work.migrationsDir, "migration_lock.toml"), "utf8"))).toBe("postgresql");
    expect(await deployMigrations(options)).toEqual({ applied: [first.name] });
    expect(await query("SELECT * FROM _prisma_migrations")).toHaveLength(1);

    work.writeSchema(NOTE_V2);
    const second = await createMigration({ ...options, name: "tags" });
    expect(second.sql).toContain('CREATE TABLE "Tag"');
    expect(second.sql).not.toContain('CREATE TABLE "Note"');
    expect(await deployMigrations(options)).toEqual({ applied: [second.name] });
    expect(await query("SELECT column_name FROM information_schema.columns WHERE table_name = 'Note' AND column_name = 'body'")).toHaveLength(1);
    expect(await query("SELECT * FROM _prisma_migrations WHERE finished_at IS NOT NULL")).toHaveLength(2);

    expect(await deployMigrations(options)).toEqual({ applied: [] });
    expect(await createMigration({ ...options, name: "nothing" })).toMatchObject({ name: null });
    expect(work.migrationNames()).toEqual([first.name, second.name]);
    // The shadow databases are gone.
    const shadows = await query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
    expect(shadows).toEqual([]);
  });

  it("the committed PostgreSQL migrations match prisma/postgres/schema.prisma", async () => {
    const copy = scratch("postgresql");
    try {
      cpSync("prisma/postgres/migrations", copy.migrationsDir, { recursive: true });
      const created = await createMigration({
        url: testUrl,
        schemaPath: path.resolve("prisma/postgres/schema.prisma"),
        migrationsDir: copy.migrationsDir,
        name: "drift",
        log: () => {},
      });
      expect(created.sql).toBeNull();
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  });
});
