import { z } from "zod";

/** Uploads are small text files; anything larger is not a benchmark dataset. */
export const IMPORT_TEXT_MAX_LENGTH = 500_000;

/**
 * The import form's input, shared by the form and the server action. The file's content is then parsed
 * and validated by importDataset (the same dataset schema as the built-in datasets).
 * Messages are keys of the `benchmarks` namespace.
 */
export const datasetImportRequestSchema = z.object({
  format: z.enum(["json", "csv"], { error: "import.errors.formatMissing" }),
  text: z
    .string({ error: "import.errors.emptyFile" })
    .trim()
    .min(1, { error: "import.errors.emptyFile" })
    .max(IMPORT_TEXT_MAX_LENGTH, { error: "import.errors.tooLarge" }),
});

export type DatasetImportRequest = z.infer<typeof datasetImportRequestSchema>;

/** A stored version's database id (cuid). */
export const datasetVersionIdSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
