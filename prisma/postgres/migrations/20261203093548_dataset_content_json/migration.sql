-- BenchmarkDataset.content becomes a Json column. Prisma's generated diff drops and re-adds the column (losing
-- every stored dataset); it is converted in place instead: every stored content was written by JSON.stringify.
-- AlterTable
ALTER TABLE "BenchmarkDataset" ALTER COLUMN "content" SET DATA TYPE JSONB USING "content"::jsonb;
