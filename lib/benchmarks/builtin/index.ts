import { datasetSchema, type Dataset } from "../dataset-schema";
import idbLac2022v1 from "./2026.1/idb-lac-2022.json";
import iloAp2022v1 from "./2026.1/ilo-ap-2022.json";
import iloGlobal2020v1 from "./2026.1/ilo-global-2020.json";
import idbLac2022v2 from "./2026.2/idb-lac-2022.json";
import iloAp2022v2 from "./2026.2/ilo-ap-2022.json";
import iloGlobal2020v2 from "./2026.2/ilo-global-2020.json";

/**
 * The built-in cohorts, copied from the study figures (see CSV-FORMAT.md for how newer versions are
 * imported). Where a study gives no figure, none is here. A published version is never edited in place:
 * changed figures or wording are a new `datasetVersion`, and the older one stays for the reports made with it.
 * - 2026.1: the figures with their provenance (source, confidence) and bounds as published text.
 * - 2026.2: the same figures, plus what users read: citations, plain exactness, structured bounds and every
 *   statement in English, French and Spanish with its original language.
 */
export const BUILTIN_DATASET_VERSIONS = ["2026.1", "2026.2"] as const;
export type BuiltinDatasetVersion = (typeof BUILTIN_DATASET_VERSIONS)[number];
/** The version new submissions are scored against when the database holds no newer published one. */
export const BUILTIN_DATASET_VERSION: BuiltinDatasetVersion = "2026.2";

export const BUILTIN_DATASET_IDS = ["ilo-ap-2022", "idb-lac-2022", "ilo-global-2020"] as const;
export type BuiltinDatasetId = (typeof BUILTIN_DATASET_IDS)[number];

const RAW: Record<BuiltinDatasetVersion, Record<BuiltinDatasetId, unknown>> = {
  "2026.1": { "ilo-ap-2022": iloAp2022v1, "idb-lac-2022": idbLac2022v1, "ilo-global-2020": iloGlobal2020v1 },
  "2026.2": { "ilo-ap-2022": iloAp2022v2, "idb-lac-2022": idbLac2022v2, "ilo-global-2020": iloGlobal2020v2 },
};

const cache = new Map<BuiltinDatasetVersion, readonly Dataset[]>();

/** Frozen so that no caller can alter a published figure in memory (it throws in strict mode instead). */
function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) freezeDeep(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The built-in datasets of one version (the current one by default), validated once: a built-in dataset
 * that fails the schema is a bug in the code base, so it throws.
 */
export function getBuiltinDatasets(version: BuiltinDatasetVersion = BUILTIN_DATASET_VERSION): readonly Dataset[] {
  let datasets = cache.get(version);
  if (!datasets) {
    datasets = freezeDeep(BUILTIN_DATASET_IDS.map((id) => datasetSchema.parse(RAW[version][id])));
    cache.set(version, datasets);
  }
  return datasets;
}

export function getBuiltinDataset(id: BuiltinDatasetId, version: BuiltinDatasetVersion = BUILTIN_DATASET_VERSION): Dataset {
  const dataset = getBuiltinDatasets(version).find((candidate) => candidate.id === id);
  if (!dataset) throw new Error(`Built-in dataset ${id} ${version} is missing`);
  return dataset;
}
