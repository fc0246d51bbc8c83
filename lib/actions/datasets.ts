"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { checkUser } from "@/lib/auth/guards";
import { importDataset, type ImportError } from "@/lib/benchmarks/import";
import { datasetImportRequestSchema, datasetVersionIdSchema } from "@/lib/benchmarks/import-request";
import { discardDatasetDraft, importDatasetVersion, publishDatasetVersion } from "@/lib/data/datasets";
import { fail, type ActionResult } from "./result";

/** A refused import: `error` is a full catalogue key; `importErrors` are the file's problems, row by row. */
export type ImportDatasetResult = Extract<ActionResult, { ok: false }> & { importErrors?: ImportError[] };

const INVALID_FILE = "benchmarks.import.invalidFile";

/**
 * Parses and validates the uploaded file with the same parser and dataset schema as the built-in datasets,
 * stores it as a draft version, then opens its preview. Nothing is published here.
 */
export async function importDatasetAction(input: unknown): Promise<ImportDatasetResult> {
  const parsed = datasetImportRequestSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "import.errors.emptyFile";
    return fail(message.startsWith("validation.") ? message : `benchmarks.${message}`);
  }
  const guard = await checkUser({ permission: "dataset:import" });
  if (!guard.ok) return fail(guard.error);
  const result = importDataset(parsed.data.text, parsed.data.format);
  if (result.dataset === null) return { ...fail(INVALID_FILE, { params: { count: result.errors.length } }), importErrors: result.errors };
  const stored = await importDatasetVersion(guard.user, result.dataset, parsed.data.format);
  if (!stored.ok) return stored;
  revalidatePath("/coordinator/datasets");
  redirect(`/coordinator/datasets/${stored.data.id}`);
}

export async function publishDatasetAction(id: unknown): Promise<ActionResult> {
  const parsed = datasetVersionIdSchema.safeParse(id);
  if (!parsed.success) return fail("validation.notFound");
  const guard = await checkUser({ permission: "dataset:import" });
  if (!guard.ok) return fail(guard.error);
  const result = await publishDatasetVersion(guard.user, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/coordinator/datasets");
  redirect(`/coordinator/datasets/${parsed.data}?published=1`);
}

export async function discardDatasetDraftAction(id: unknown): Promise<ActionResult> {
  const parsed = datasetVersionIdSchema.safeParse(id);
  if (!parsed.success) return fail("validation.notFound");
  const guard = await checkUser({ permission: "dataset:import" });
  if (!guard.ok) return fail(guard.error);
  const result = await discardDatasetDraft(guard.user, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/coordinator/datasets");
  redirect("/coordinator/datasets");
}
