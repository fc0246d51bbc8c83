import { BUILTIN_DATASET_VERSION, getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Loads the built-in benchmark datasets as published versions. Idempotent; never edits a stored version. */
export async function seedDatasets(db: PrismaClient): Promise<void> {
  for (const dataset of getBuiltinDatasets()) {
    await db.benchmarkDataset.upsert({
      where: { datasetId_version: { datasetId: dataset.id, version: dataset.datasetVersion } },
      create: {
        datasetId: dataset.id,
        version: dataset.datasetVersion,
        status: "PUBLISHED",
        content: JSON.stringify(dataset),
        publishedAt: new Date(),
      },
      update: {},
    });
  }
  console.log(`Benchmark datasets: ${getBuiltinDatasets().length} built-in, version ${BUILTIN_DATASET_VERSION}`);
}
