-- Answer.value becomes a Json column. Prisma's generated diff drops and re-adds the column (losing every
-- answer); it is converted in place instead: every stored value was written by JSON.stringify (a string, a
-- list of strings or a number). The unique index on ("assessmentId", "itemId") is not touched.
-- AlterTable
ALTER TABLE "Answer" ALTER COLUMN "value" SET DATA TYPE JSONB USING "value"::jsonb;
