-- CreateTable
CREATE TABLE "ReportPdf" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cacheKey" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "pdf" BLOB,
    "size" INTEGER,
    "renderMs" INTEGER,
    "claimedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReportPdf_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ScoreSnapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportPdf_cacheKey_key" ON "ReportPdf"("cacheKey");

-- CreateIndex
CREATE INDEX "ReportPdf_snapshotId_locale_idx" ON "ReportPdf"("snapshotId", "locale");
