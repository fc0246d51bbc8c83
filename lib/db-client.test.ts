import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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
