import type { Dataset } from "@/lib/benchmarks/dataset-schema";

export type DatasetVersionStatus = "DRAFT" | "PUBLISHED";

/** One stored version of a benchmark dataset, as the list shows it. */
export type DatasetVersionSummary = {
  id: string;
  datasetId: string;
  version: string;
  status: DatasetVersionStatus;
  createdAt: Date;
  publishedAt: Date | null;
  /** Who imported it; `null` for the built-in versions loaded by the seed. */
  importedBy: string | null;
  /** Latest published version of its dataset: the one new submissions are scored against. */
  isInUse: boolean;
};

export type DatasetVersionDetail = DatasetVersionSummary & { dataset: Dataset };

/** Expected refusals: full catalogue keys. */
export const DATASET_ERRORS = {
  versionExists: "benchmarks.import.errors.versionExists",
  alreadyPublished: "benchmarks.import.errors.alreadyPublished",
} as const;
