"use server";

import { importDataset, type ImportError } from "@/lib/benchmarks/import";
import { datasetImportRequestSchema, datasetVersionIdSchema } from "@/lib/benchmarks/import-request";
import { discardDatasetDraft, importDatasetVersion, publishDatasetVersion } from "@/lib/data/datasets";
import { fail, type Failure, type Success } from "@/lib/result";
import { defineAction } from "./define-action";

/** A refused import: `error` is a full catalogue key; `importErrors` are the file's problems, row by row. */
export type ImportDatasetResult = Success<{ id: string }> | (Failure & { importErrors?: ImportError[] });

const INVALID_FILE = "benchmarks.import.invalidFile";
const datasetPages = ["/coordinator/datasets"];
/** An id that cannot be a version's is answered like an unknown version. */
const unknownVersion = () => fail("notFound");

/**
 * Parses and validates the uploaded file with the same parser and dataset schema as the built-in datasets,
 * stores it as a draft version, then opens its preview. Nothing is published here.
 */
export const importDatasetAction: (input: unknown) => Promise<ImportDatasetResult> = defineAction(
  {
    schema: datasetImportRequestSchema,
    permission: "dataset:import",
    // The request schema's messages are keys of the `benchmarks` namespace.
    onInvalid: (issues) => fail("invalid", `benchmarks.${issues[0]?.message ?? "import.errors.emptyFile"}`),
    revalidate: datasetPages,
    redirectTo: (data: { id: string }) => `/coordinator/datasets/${data.id}`,
  },
  async (input, user): Promise<ImportDatasetResult> => {
    const result = importDataset(input.text, input.format);
    if (result.dataset === null) return { ...fail("invalid", INVALID_FILE, { params: { count: result.errors.length } }), importErrors: result.errors };
    return importDatasetVersion(user, result.dataset, input.format);
  },
);

export const publishDatasetAction = defineAction(
  {
    schema: datasetVersionIdSchema,
    permission: "dataset:import",
    onInvalid: unknownVersion,
    revalidate: datasetPages,
    redirectTo: (_data: { id: string }, id: string) => `/coordinator/datasets/${id}?published=1`,
  },
  (id, user) => publishDatasetVersion(user, id),
);

export const discardDatasetDraftAction = defineAction(
  { schema: datasetVersionIdSchema, permission: "dataset:import", onInvalid: unknownVersion, revalidate: datasetPages, redirectTo: () => "/coordinator/datasets" },
  (id, user) => discardDatasetDraft(user, id),
);
