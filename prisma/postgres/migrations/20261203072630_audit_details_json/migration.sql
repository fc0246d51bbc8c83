-- AuditEvent.details becomes a Json column. Prisma's generated diff drops and re-adds the column (losing the
-- audit trail); it is converted in place instead: every stored value was written by JSON.stringify.
-- AlterTable
ALTER TABLE "AuditEvent" ALTER COLUMN "details" SET DATA TYPE JSONB USING "details"::jsonb;
