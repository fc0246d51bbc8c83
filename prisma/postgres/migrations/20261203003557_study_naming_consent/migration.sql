-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "studyNamingConsent" BOOLEAN NOT NULL DEFAULT false;
