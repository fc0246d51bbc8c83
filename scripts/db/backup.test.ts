import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { SQLITE_PRAGMAS } from "@/lib/db-client";
import { backupSqlite, BackupError, integrityOf, restoreSqlite } from "./backup-sqlite";
import { main } from "./backup";
import { deployMigrations } from "./migrate";

/*
 * Issue 10: `npm run db:backup` taken while autosaves keep arriving restores to a consistent database.
 * A second process plays the autosaves (the app's settings: WAL, busy timeout), as fast as SQLite allows:
 * each save is one transaction that sets every answer of an assessment to the save's number n, bumps their
 * versions, and appends one audit row. A consistent copy is a state between two saves: integrity_check ok,
 * every answer at the same n, every version at n + 1, exactly n audit rows. A torn copy would mix saves.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
const database = path.join(dir, "app.db");
const ANSWERS = 40;
let writer: ChildProcess | undefined;

beforeAll(async () => {
  await deployMigrations({ url: `file:${database}`, log: () => {} });
  const client = createPrismaClient(`file:${database}`);
  await client.agency.create({ data: { id: "a1", name: "Agency", countryCode: "MX", region: "LAC" } });
  await client.user.create({ data: { id: "u1", email: "u1@test.example", name: "U1", role: "RESPONDENT", agencyId: "a1" } });
  await client.assessment.create({ data: { id: "s1", agencyId: "a1", round: 2026, instrumentVersion: "2026.1", createdById: "u1" } });
  await client.answer.createMany({ data: Array.from({ length: ANSWERS }, (_, i) => ({ assessmentId: "s1", itemId: `item-${i}`, value: 0, updatedById: "u1" })) });
  // Some bulk, so that the copy spans many pages (about 4 MB).
  await client.auditEvent.createMany({ data: Array.from({ length: 2000 }, (_, i) => ({ action: "bulk", details: `${i}`.padEnd(2000, "x") })) });
  await client.$disconnect();
}, 120_000);

afterAll(() => {
  writer?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** The autosaving process: one save per transaction, until killed. */
function startAutosaves(): ChildProcess {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(database)});
    db.exec(${JSON.stringify(SQLITE_PRAGMAS)});
    const save = db.transaction((n) => {
      db.prepare("UPDATE Answer SET value = ?, version = version + 1, updatedAt = ? WHERE assessmentId = 's1'").run(String(n), Date.now());
      db.prepare("INSERT INTO AuditEvent (id, action, details, createdAt) VALUES (?, 'autosave', ?, ?)").run("save-" + n, String(n), Date.now());
    });
    for (let n = 1; ; n++) { save(n); if (n % 50 === 0) process.stdout.write(n + "\\n"); }
  `;
  return spawn(process.execPath, ["-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
}

function savesIn(file: string): { values: string[]; versions: number[]; audits: number; bulk: number } {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare("SELECT value, version FROM Answer WHERE assessmentId = 's1'").all() as { value: string; version: number }[];
    const audits = (db.prepare("SELECT count(*) AS n FROM AuditEvent WHERE action = 'autosave'").get() as { n: number }).n;
    const bulk = (db.prepare("SELECT count(*) AS n FROM AuditEvent WHERE action = 'bulk'").get() as { n: number }).n;
    return { values: [...new Set(rows.map((row) => row.value))], versions: [...new Set(rows.map((row) => row.version))], audits, bulk };
  } finally {
    db.close();
  }
}

function expectOnePointInTime(file: string): number {
  expect(integrityOf(file)).toBe("ok");
  const saves = savesIn(file);
  expect(saves.values).toHaveLength(1);
  const n = Number(saves.values[0]);
  expect(saves.versions).toEqual([n + 1]);
  expect(saves.audits).toBe(n);
  expect(saves.bulk).toBe(2000);
  return n;
}

describe("db:backup / db:restore (SQLite)", () => {
  it("a backup taken during autosaves is one point in time, and restores to the same consistent database", async () => {
    writer = startAutosaves();
    // Wait until the saves are flowing.
    await new Promise<void>((resolve) => writer!.stdout!.on("data", (chunk: Buffer) => Number(String(chunk).trim().split("\n").pop()) >= 200 && resolve()));
    const backups: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const out = path.join(dir, `backup-${i}.db`);
      await backupSqlite(database, out);
      backups.push(expectOnePointInTime(out));
    }
    writer.kill("SIGKILL");
    await new Promise((resolve) => writer!.once("exit", resolve));
    const final = savesIn(database);
    // The saves went on during and after the copies: each copy is an earlier state, all different.
    expect(Number(final.values[0])).toBeGreaterThan(Math.max(...backups));
    expect(new Set(backups).size).toBeGreaterThan(1);

    // Restore the first copy over the live file: the database is that point in time, and the app reads it.
    const { previous } = await restoreSqlite(path.join(dir, "backup-0.db"), database, new Date("2026-12-03T01:00:00Z"));
    expect(previous).toMatch(/app\.db\.before-restore-2026-12-03T01-00-00-000Z$/);
    expect(existsSync(previous!)).toBe(true);
    expect(expectOnePointInTime(database)).toBe(backups[0]);
    expect(expectOnePointInTime(previous!)).toBe(Number(final.values[0]));
    const client = createPrismaClient(`file:${database}`);
    try {
      const answers = await client.answer.findMany({ where: { assessmentId: "s1" } });
      expect(answers).toHaveLength(ANSWERS);
      // The writer stores the save number as JSON text; the Json column gives it back as a number.
      expect(new Set(answers.map((answer) => answer.value))).toEqual(new Set([backups[0]]));
    } finally {
      await client.$disconnect();
    }
  }, 120_000);

  it("refuses to overwrite a file, to restore something that is not this app's database, and points PostgreSQL to pg_dump", async () => {
    await expect(backupSqlite(database, path.join(dir, "backup-0.db"))).rejects.toThrow(BackupError);
    const stranger = path.join(dir, "stranger.db");
    new Database(stranger).exec("CREATE TABLE t (x)");
    await expect(restoreSqlite(stranger, path.join(dir, "other.db"))).rejects.toThrow(/not a database of this application/);
    const garbage = path.join(dir, "garbage.db");
    (await import("node:fs")).writeFileSync(garbage, "not a database at all, just text ".repeat(200));
    await expect(restoreSqlite(garbage, path.join(dir, "other.db"))).rejects.toThrow();
    expect(existsSync(path.join(dir, "other.db"))).toBe(false);
    expect(await main("backup", ["--out", "x.dump"], { DATABASE_URL: "postgresql://u@127.0.0.1:1/db" })).toBe(2);
  });

  it("the npm script's entry point backs up with --out", async () => {
    const out = path.join(dir, "cli.db");
    expect(await main("backup", ["--out", out], { DATABASE_URL: `file:${database}` })).toBe(0);
    expect(integrityOf(out)).toBe("ok");
  });
});
