import { datasetSchema, type Dataset } from "../dataset-schema";
import idbLac2022 from "./idb-lac-2022.json";
import iloAp2022 from "./ilo-ap-2022.json";
import iloGlobal2020 from "./ilo-global-2020.json";

/**
 * The built-in cohorts, dataset version 2026.1, copied unchanged from the study figures (see
 * CSV-FORMAT.md for how newer versions are imported). Where a study gives no figure, none is here.
 * A published version is never edited in place: changed figures are a new `datasetVersion`.
 */
export const BUILTIN_DATASET_VERSION = "2026.1";

export const BUILTIN_DATASET_IDS = ["ilo-ap-2022", "idb-lac-2022", "ilo-global-2020"] as const;
export type BuiltinDatasetId = (typeof BUILTIN_DATASET_IDS)[number];

const RAW: Record<BuiltinDatasetId, unknown> = {
  "ilo-ap-2022": iloAp2022,
  "idb-lac-2022": idbLac2022,
  "ilo-global-2020": iloGlobal2020,
};

let cache: readonly Dataset[] | null = null;

/** Frozen so that no caller can alter a published figure in memory (it throws in strict mode instead). */
function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) freezeDeep(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validated once: a built-in dataset that fails the schema is a bug in the code base, so it throws.
 */
export function getBuiltinDatasets(): readonly Dataset[] {
  cache ??= freezeDeep(BUILTIN_DATASET_IDS.map((id) => datasetSchema.parse(RAW[id])));
  return cache;
}

export function getBuiltinDataset(id: BuiltinDatasetId): Dataset {
  const dataset = getBuiltinDatasets().find((candidate) => candidate.id === id);
  if (!dataset) throw new Error(`Built-in dataset ${id} is missing`);
  return dataset;
}
