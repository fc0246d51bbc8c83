-- Hand-edited: the generated script dropped and re-added the JSON columns (losing every snapshot); they are
-- converted in place instead, and the typed columns are backfilled from the stored scores.

-- AlterTable
ALTER TABLE "ScoreSnapshot" ADD COLUMN     "currentForId" TEXT,
ADD COLUMN     "digitalMaturity" DOUBLE PRECISION,
ADD COLUMN     "digitalMaturityStage" TEXT,
ADD COLUMN     "youthReadiness" DOUBLE PRECISION,
ADD COLUMN     "youthReadinessStage" TEXT,
ALTER COLUMN "datasetVersions" SET DATA TYPE JSONB USING "datasetVersions"::jsonb,
ALTER COLUMN "scores" SET DATA TYPE JSONB USING "scores"::jsonb;

-- Backfill: the current snapshot (the latest one, should two be flagged current) and the index columns.
UPDATE "ScoreSnapshot" s SET
    "currentForId" = CASE WHEN s."id" = (
        SELECT o."id" FROM "ScoreSnapshot" o WHERE o."assessmentId" = s."assessmentId" AND o."isCurrent" ORDER BY o."createdAt" DESC, o."id" DESC LIMIT 1
    ) THEN s."assessmentId" END,
    "digitalMaturity" = (s."scores" #>> '{indices,digital_maturity,value}')::double precision,
    "digitalMaturityStage" = s."scores" #>> '{indices,digital_maturity,stage}',
    "youthReadiness" = (s."scores" #>> '{indices,youth_readiness,value}')::double precision,
    "youthReadinessStage" = s."scores" #>> '{indices,youth_readiness,stage}';

-- DropIndex
DROP INDEX "ScoreSnapshot_assessmentId_isCurrent_idx";

-- AlterTable
ALTER TABLE "ScoreSnapshot" DROP COLUMN "isCurrent";

-- CreateTable
CREATE TABLE "SnapshotDimension" (
    "snapshotId" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "stage" TEXT,
    "itemCount" INTEGER NOT NULL,
    "answeredWithPoints" INTEGER NOT NULL,

    CONSTRAINT "SnapshotDimension_pkey" PRIMARY KEY ("snapshotId","dimension")
);

-- Backfill: one row per dimension of every existing snapshot.
INSERT INTO "SnapshotDimension" ("snapshotId", "dimension", "score", "stage", "itemCount", "answeredWithPoints")
SELECT s."id", d.key, (d.value ->> 'score')::double precision, d.value ->> 'stage',
    (d.value ->> 'itemCount')::integer, (d.value ->> 'answeredWithPoints')::integer
FROM "ScoreSnapshot" s, jsonb_each(s."scores" -> 'dimensions') d;

-- CreateIndex
CREATE INDEX "SnapshotDimension_dimension_score_idx" ON "SnapshotDimension"("dimension", "score");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSnapshot_currentForId_key" ON "ScoreSnapshot"("currentForId");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_assessmentId_createdAt_idx" ON "ScoreSnapshot"("assessmentId", "createdAt");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_digitalMaturity_idx" ON "ScoreSnapshot"("digitalMaturity");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_youthReadiness_idx" ON "ScoreSnapshot"("youthReadiness");

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_currentForId_fkey" FOREIGN KEY ("currentForId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SnapshotDimension" ADD CONSTRAINT "SnapshotDimension_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ScoreSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
