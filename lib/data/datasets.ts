import "server-only";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { datasetSchema, type Dataset } from "@/lib/benchmarks/dataset-schema";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type DbClient = Prisma.TransactionClient;

/**
 * The latest published version of each benchmark dataset: what a submission is compared with.
 * Falls back to the built-in datasets when none is in the database (a database that was never seeded).
 */
export async function getPublishedDatasets(client: DbClient = db): Promise<Dataset[]> {
  const rows = await client.benchmarkDataset.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ datasetId: "asc" }, { publishedAt: "desc" }],
  });
  if (rows.length === 0) return [...getBuiltinDatasets()];
  const latestById = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latestById.has(row.datasetId)) latestById.set(row.datasetId, row);
  return [...latestById.values()].map((row) => datasetSchema.parse(JSON.parse(row.content)));
}
