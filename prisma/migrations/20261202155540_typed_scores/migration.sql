-- CreateTable
CREATE TABLE "SnapshotDimension" (
    "snapshotId" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "score" REAL,
    "stage" TEXT,
    "itemCount" INTEGER NOT NULL,
    "answeredWithPoints" INTEGER NOT NULL,

    PRIMARY KEY ("snapshotId", "dimension"),
    CONSTRAINT "SnapshotDimension_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ScoreSnapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ScoreSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "currentForId" TEXT,
    "instrumentVersion" TEXT NOT NULL,
    "scoringModelVersion" TEXT NOT NULL,
    "datasetVersions" JSONB NOT NULL,
    "scores" JSONB NOT NULL,
    "digitalMaturity" REAL,
    "digitalMaturityStage" TEXT,
    "youthReadiness" REAL,
    "youthReadinessStage" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScoreSnapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreSnapshot_currentForId_fkey" FOREIGN KEY ("currentForId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Backfill (hand-written): the current snapshot becomes `currentForId` (the latest one, should two be
-- flagged current), and the index values and stages are read from the stored scores JSON.
INSERT INTO "new_ScoreSnapshot" ("assessmentId", "createdAt", "createdById", "datasetVersions", "id", "instrumentVersion", "scores", "scoringModelVersion", "currentForId", "digitalMaturity", "digitalMaturityStage", "youthReadiness", "youthReadinessStage")
SELECT s."assessmentId", s."createdAt", s."createdById", s."datasetVersions", s."id", s."instrumentVersion", s."scores", s."scoringModelVersion",
    CASE WHEN s."id" = (
        SELECT o."id" FROM "ScoreSnapshot" o WHERE o."assessmentId" = s."assessmentId" AND o."isCurrent" ORDER BY o."createdAt" DESC, o."id" DESC LIMIT 1
    ) THEN s."assessmentId" END,
    json_extract(s."scores", '$.indices.digital_maturity.value'), json_extract(s."scores", '$.indices.digital_maturity.stage'),
    json_extract(s."scores", '$.indices.youth_readiness.value'), json_extract(s."scores", '$.indices.youth_readiness.stage')
FROM "ScoreSnapshot" s;
DROP TABLE "ScoreSnapshot";
ALTER TABLE "new_ScoreSnapshot" RENAME TO "ScoreSnapshot";
CREATE UNIQUE INDEX "ScoreSnapshot_currentForId_key" ON "ScoreSnapshot"("currentForId");
CREATE INDEX "ScoreSnapshot_assessmentId_createdAt_idx" ON "ScoreSnapshot"("assessmentId", "createdAt");
CREATE INDEX "ScoreSnapshot_digitalMaturity_idx" ON "ScoreSnapshot"("digitalMaturity");
CREATE INDEX "ScoreSnapshot_youthReadiness_idx" ON "ScoreSnapshot"("youthReadiness");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SnapshotDimension_dimension_score_idx" ON "SnapshotDimension"("dimension", "score");

-- Backfill (hand-written): one row per dimension of every existing snapshot, from its scores JSON.
INSERT INTO "SnapshotDimension" ("snapshotId", "dimension", "score", "stage", "itemCount", "answeredWithPoints")
SELECT s."id", d."key", json_extract(d."value", '$.score'), json_extract(d."value", '$.stage'),
    json_extract(d."value", '$.itemCount'), json_extract(d."value", '$.answeredWithPoints')
FROM "ScoreSnapshot" s, json_each(s."scores", '$.dimensions') d;
