import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./db-client";

const dir = mkdtempSync(path.join(tmpdir(), "db-client-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SQLite connections", () => {
  it("run in WAL mode with synchronous=NORMAL and a busy timeout", async () => {
    const client = createPrismaClient(`file:${path.join(dir, "test.db")}`);
    try {
      const [mode] = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      const [sync] = await client.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
      const [busy] = await client.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
      expect(mode!.journal_mode).toBe("wal");
      expect(Number(sync!.synchronous)).toBe(1); // NORMAL
      expect(Number(busy!.timeout)).toBe(5000);
    } finally {
      await client.$disconnect();
    }
  });
});

describe("SQLite transactions", () => {
  it("take the write lock when they begin, so another process waits instead of failing to upgrade", async () => {
    const file = path.join(dir, "lock.db");
    const client = createPrismaClient(`file:${file}`);
    const otherProcess = new Database(file, { timeout: 0 });
    try {
      await client.$executeRawUnsafe("CREATE TABLE IF NOT EXISTS t (n INTEGER)");
      const lockedForOthers = await client.$transaction(async (tx) => {
        await tx.$queryRawUnsafe("SELECT COUNT(*) FROM t"); // reads only: a deferred BEGIN would hold no write lock yet
        try {
          otherProcess.exec("BEGIN IMMEDIATE; ROLLBACK");
          return false;
        } catch (error) {
          return (error as { code?: string }).code === "SQLITE_BUSY";
        }
      });
      expect(lockedForOthers).toBe(true);
    } finally {
      otherProcess.close();
      await client.$disconnect();
    }
  });
});
