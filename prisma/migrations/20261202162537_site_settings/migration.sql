-- CreateTable
CREATE TABLE "SiteSetting" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'default',
    "helpUrl" TEXT,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);
