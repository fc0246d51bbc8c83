import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { e2eDb } from "./client";

/** A draft version of a built-in dataset under a new version name (never published by the helper). */
export async function createDatasetDraft(version: string, datasetId = "ilo-ap-2022"): Promise<string> {
  const dataset = getBuiltinDatasets().find((candidate) => candidate.id === datasetId);
  if (!dataset) throw new Error(`No built-in dataset ${datasetId}`);
  const row = await e2eDb().benchmarkDataset.create({
    data: { datasetId, version, status: "DRAFT", content: { ...dataset, datasetVersion: version } },
    select: { id: true },
  });
  return row.id;
}
