import { BUILTIN_DATASET_VERSION, BUILTIN_DATASET_VERSIONS, getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Loads every built-in version of the benchmark datasets as published versions, oldest first, so that the
 * newest built-in version is the one new submissions use (the latest published) and the older ones stay
 * for the snapshots made with them. Idempotent; never edits a stored version.
 */
export async function seedDatasets(db: PrismaClient): Promise<void> {
  for (const version of BUILTIN_DATASET_VERSIONS) {
    for (const dataset of getBuiltinDatasets(version)) {
      await db.benchmarkDataset.upsert({
        where: { datasetId_version: { datasetId: dataset.id, version: dataset.datasetVersion } },
        create: {
          datasetId: dataset.id,
          version: dataset.datasetVersion,
          status: "PUBLISHED",
          content: dataset,
          publishedAt: new Date(),
        },
        update: {},
      });
    }
  }
  console.log(`Benchmark datasets: ${getBuiltinDatasets().length} built-in, versions ${BUILTIN_DATASET_VERSIONS.join(", ")} (in use: ${BUILTIN_DATASET_VERSION})`);
}
