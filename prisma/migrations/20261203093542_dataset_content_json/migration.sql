-- BenchmarkDataset.content becomes a Json column. SQLite cannot change a column type, so the table is rebuilt;
-- the rows are copied as they are (JSON text written by JSON.stringify), which Prisma reads back as JSON.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BenchmarkDataset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "importedById" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_BenchmarkDataset" ("content", "createdAt", "datasetId", "id", "importedById", "publishedAt", "status", "version") SELECT "content", "createdAt", "datasetId", "id", "importedById", "publishedAt", "status", "version" FROM "BenchmarkDataset";
DROP TABLE "BenchmarkDataset";
ALTER TABLE "new_BenchmarkDataset" RENAME TO "BenchmarkDataset";
CREATE UNIQUE INDEX "BenchmarkDataset_datasetId_version_key" ON "BenchmarkDataset"("datasetId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
