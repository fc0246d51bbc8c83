-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "liveCohortOptOut" BOOLEAN NOT NULL DEFAULT false,
    "studyNamingConsent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Agency" ("active", "countryCode", "createdAt", "id", "language", "liveCohortOptOut", "name", "region", "updatedAt") SELECT "active", "countryCode", "createdAt", "id", "language", "liveCohortOptOut", "name", "region", "updatedAt" FROM "Agency";
DROP TABLE "Agency";
ALTER TABLE "new_Agency" RENAME TO "Agency";
CREATE INDEX "Agency_region_idx" ON "Agency"("region");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
