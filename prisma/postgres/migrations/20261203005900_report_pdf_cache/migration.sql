-- CreateTable
CREATE TABLE "ReportPdf" (
    "id" TEXT NOT NULL,
    "cacheKey" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "pdf" BYTEA,
    "size" INTEGER,
    "renderMs" INTEGER,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportPdf_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportPdf_cacheKey_key" ON "ReportPdf"("cacheKey");

-- CreateIndex
CREATE INDEX "ReportPdf_snapshotId_locale_idx" ON "ReportPdf"("snapshotId", "locale");

-- AddForeignKey
ALTER TABLE "ReportPdf" ADD CONSTRAINT "ReportPdf_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ScoreSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
