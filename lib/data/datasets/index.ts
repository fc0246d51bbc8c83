// Benchmark dataset versions in the database (coordinators and admins). Server-only; each verb checks the role.
export { getDatasetVersion, listDatasetVersions } from "./list-dataset-versions";
export { importDatasetVersion } from "./import-dataset-version";
export { discardDatasetDraft, publishDatasetVersion } from "./publish-dataset-version";
export { DATASET_ERRORS } from "./types";
export type { DatasetVersionDetail, DatasetVersionSummary, DatasetVersionStatus } from "./types";
