import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { datasetSchema } from "@/lib/benchmarks/dataset-schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

// The migrations that turn JSON text columns into Json columns keep the rows stored before them (SQLite rebuilds
// the table and copies the rows; PostgreSQL converts the column in place with `USING "x"::jsonb`): a database
// migrated with data in it reads every row back through the same schemas as rows written afterwards.

const JSON_COLUMN_MIGRATIONS = /_dataset_content_json$/;

let database: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), "json-columns-"));
const dataset = getBuiltinDatasets()[0]!;

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

  it("keeps the unique key of dataset versions", async () => {
    const again = database.client.benchmarkDataset.create({ data: { datasetId: dataset.id, version: dataset.datasetVersion, content: dataset } });
    await expect(again).rejects.toMatchObject({ code: "P2002" });
  });
});
