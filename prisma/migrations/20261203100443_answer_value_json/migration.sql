-- Answer.value becomes a Json column. SQLite cannot change a column type, so the table is rebuilt; the rows are
-- copied as they are (JSON text written by JSON.stringify), which Prisma reads back as JSON, and the unique
-- index on (assessmentId, itemId) is created again.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Answer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "otherText" TEXT,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Answer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Answer" ("assessmentId", "id", "itemId", "otherText", "updatedAt", "updatedById", "value", "version") SELECT "assessmentId", "id", "itemId", "otherText", "updatedAt", "updatedById", "value", "version" FROM "Answer";
DROP TABLE "Answer";
ALTER TABLE "new_Answer" RENAME TO "Answer";
CREATE UNIQUE INDEX "Answer_assessmentId_itemId_key" ON "Answer"("assessmentId", "itemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
