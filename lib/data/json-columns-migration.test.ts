import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { datasetSchema } from "@/lib/benchmarks/dataset-schema";
import { readStoredValue } from "@/lib/data/assessments/stored-value";
import { countCohortAnswers } from "@/lib/data/live-items/count-answers";
import { instrument } from "@/lib/questionnaire/instrument";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

// The migrations that turn JSON text columns into Json columns keep the rows stored before them (SQLite rebuilds
// the table and copies the rows; PostgreSQL converts the column in place with `USING "x"::jsonb`): a database
// migrated with data in it reads every row back through the same schemas as rows written afterwards.

const JSON_COLUMN_MIGRATIONS = /_(dataset_content|answer_value)_json$/;

let database: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), "json-columns-"));
const dataset = getBuiltinDatasets()[0]!;
/** Answers of every JSON shape, as stored before: a text answer that looks like a number among them. */
const ANSWERS = [
  ["strategy.national", "fully_in_place", null],
  ["context.budget_use", "3", null],
  ["youth_programmes.age_to", 24, null],
  ["context.drivers", ["performance", "other"], "Elections"],
] as const;

beforeAll(async () => {
  database = await createTestDatabase("json columns migration");
  // The history up to the migrations under test, on the database of this run.
  const source = database.provider === "sqlite" ? "prisma/migrations" : "prisma/postgres/migrations";
  const before = path.join(dir, "migrations");
  cpSync(path.resolve(source), before, { recursive: true, filter: (entry) => !JSON_COLUMN_MIGRATIONS.test(path.basename(entry)) });
  await database.migrate({ migrationsDir: before });
  // Rows as the code before the migrations wrote them: JSON.stringify into text columns.
  await database.client.$executeRaw`INSERT INTO "BenchmarkDataset" ("id", "datasetId", "version", "status", "content", "publishedAt")
    VALUES ('ds', ${dataset.id}, ${dataset.datasetVersion}, 'PUBLISHED', ${JSON.stringify(dataset)}, CURRENT_TIMESTAMP)`;
  await database.client.$executeRaw`INSERT INTO "Agency" ("id", "name", "countryCode", "region", "updatedAt") VALUES ('ag', 'Agency', 'MX', 'LAC', CURRENT_TIMESTAMP)`;
  await database.client.$executeRaw`INSERT INTO "Assessment" ("id", "agencyId", "round", "status", "instrumentVersion", "createdById", "updatedAt")
    VALUES ('as', 'ag', 2026, 'APPROVED', ${instrument.version}, 'u', CURRENT_TIMESTAMP)`;
  for (const [itemId, value, otherText] of ANSWERS) {
    await database.client.$executeRaw`INSERT INTO "Answer" ("id", "assessmentId", "itemId", "value", "otherText", "updatedById", "updatedAt", "version")
      VALUES (${`an-${itemId}`}, 'as', ${itemId}, ${JSON.stringify(value)}, ${otherText}, 'u', CURRENT_TIMESTAMP, 3)`;
  }
  // SQLite: the rebuild needs the database to itself (the client reconnects on its next query).
  await database.client.$disconnect();
  await database.migrate();
});

afterAll(async () => {
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe("JSON text columns become Json columns", () => {
  it("keeps a stored dataset, read back as the object it was", async () => {
    const row = await database.client.benchmarkDataset.findUniqueOrThrow({ where: { id: "ds" } });
    expect(typeof row.content).toBe("object");
    expect(datasetSchema.parse(row.content)).toEqual(dataset);
    expect(row).toMatchObject({ datasetId: dataset.id, version: dataset.datasetVersion, status: "PUBLISHED" });
  });

  it("keeps every stored answer with its JSON type, version and other text", async () => {
    const rows = await database.client.answer.findMany({ where: { assessmentId: "as" }, orderBy: { itemId: "asc" } });
    expect(rows.map((row) => [row.itemId, readStoredValue(row.value), row.otherText])).toEqual([...ANSWERS].sort((a, b) => a[0].localeCompare(b[0])));
    expect(rows.find((row) => row.itemId === "context.budget_use")?.value).toBe("3");
    expect(rows.every((row) => row.version === 3)).toBe(true);
  });

  it("counts the migrated answers in the database's cohort figures", async () => {
    const counts = (await countCohortAnswers({ instrumentVersion: instrument.version }, database.client)).get("LAC");
    expect(counts?.agencies).toBe(1);
    expect(counts?.options).toEqual(
      expect.arrayContaining([
        { itemId: "strategy.national", option: "fully_in_place", agencies: 1 },
        { itemId: "context.drivers", option: "performance", agencies: 1 },
        { itemId: "context.drivers", option: "other", agencies: 1 },
      ]),
    );
  });

  it("keeps the unique index of answers (one per assessment and item)", async () => {
    const again = database.client.answer.create({ data: { assessmentId: "as", itemId: "strategy.national", value: "not_planned", updatedById: "u" } });
    await expect(again).rejects.toMatchObject({ code: "P2002" });
  });

  it("keeps the unique key of dataset versions", async () => {
    const again = database.client.benchmarkDataset.create({ data: { datasetId: dataset.id, version: dataset.datasetVersion, content: dataset } });
    await expect(again).rejects.toMatchObject({ code: "P2002" });
  });
});
