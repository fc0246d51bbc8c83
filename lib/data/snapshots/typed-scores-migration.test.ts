import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { answersAll } from "@/lib/scoring/fixtures";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { deployMigrations } from "@/scripts/db/migrate";
import { readSnapshot } from "./read-snapshot";
import { dimensionRows, indexColumns } from "./typed-scores";

// The typed_scores migration backfills snapshots stored before it (scores as JSON text, `isCurrent`):
// a database migrated with data in it answers the typed columns exactly as new submissions write them.

const dir = mkdtempSync(path.join(tmpdir(), "typed-scores-"));
const url = `file:${path.join(dir, "test.db")}`;
const before = path.join(dir, "migrations");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("typed_scores migration", () => {
  it("fills the index columns, the dimension rows and the current snapshot from existing snapshots", async () => {
    // The history up to the migration before typed_scores.
    cpSync(path.resolve("prisma/migrations"), before, {
      recursive: true,
      filter: (source) => !/_typed_scores|\d{14}_(?!init|user_sessions)/.test(path.basename(source)),
    });
    await deployMigrations({ url, migrationsDir: before, log: () => {} });
    const old = new Database(url.slice("file:".length));
    const current = scoreAssessment(answersAll(2), []);
    const history = scoreAssessment(answersAll(1), []);
    old.exec(`INSERT INTO Agency (id, name, countryCode, region, updatedAt) VALUES ('ag', 'A', 'MX', 'LAC', 0);
      INSERT INTO Assessment (id, agencyId, round, status, instrumentVersion, createdById, updatedAt) VALUES ('as', 'ag', 2026, 'APPROVED', '2026.1', 'u', 0);`);
    const insert = old.prepare(
      `INSERT INTO ScoreSnapshot (id, assessmentId, instrumentVersion, scoringModelVersion, datasetVersions, scores, isCurrent, createdById, createdAt) VALUES (?, 'as', ?, ?, '{}', ?, ?, 'u', ?)`,
    );
    insert.run("old", history.instrumentVersion, history.scoringModelVersion, JSON.stringify(history), 0, 1);
    insert.run("new", current.instrumentVersion, current.scoringModelVersion, JSON.stringify(current), 1, 2);
    old.close();

    await deployMigrations({ url, log: () => {} });
    const client = createPrismaClient(url);
    try {
      const rows = await client.scoreSnapshot.findMany({ orderBy: { id: "asc" }, include: { dimensions: true } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get("new")!.currentForId).toBe("as");
      expect(byId.get("old")!.currentForId).toBeNull();
      for (const [id, scores] of [["new", current], ["old", history]] as const) {
        const row = byId.get(id)!;
        expect(row).toMatchObject(indexColumns(scores));
        const dims = row.dimensions.map((d) => ({ dimension: d.dimension, score: d.score, stage: d.stage, itemCount: d.itemCount, answeredWithPoints: d.answeredWithPoints })).sort((a, b) => a.dimension.localeCompare(b.dimension));
        expect(dims).toEqual(dimensionRows(scores).sort((a, b) => a.dimension.localeCompare(b.dimension)));
        // The JSON column still reproduces the engine's result, through the one reader.
        expect(readSnapshot(row).scores).toEqual(scores);
      }
    } finally {
      await client.$disconnect();
    }
  });
});
