import { CsvDatasetBuilder } from "./csv-to-dataset";
import { datasetSchema, type Dataset } from "./dataset-schema";
import { toImportErrors, type ImportError } from "./import-errors";
import { readCsvRows } from "./read-csv-rows";

export type { ImportError } from "./import-errors";
export { toCsv } from "./to-csv";

/**
 * An uploaded dataset, parsed and validated (it is previewed, then published as a new version; the old
 * version stays for the reports made with it). `dataset` is set only when there is no error.
 * The CSV format is described in csv-format.ts and CSV-FORMAT.md.
 */
export type ImportResult = { dataset: Dataset; errors: [] } | { dataset: null; errors: ImportError[] };

export type ImportFormat = "json" | "csv";

function validate(candidate: unknown, rowOf?: (path: readonly PropertyKey[]) => number | undefined): ImportResult {
  const parsed = datasetSchema.safeParse(candidate);
  if (parsed.success) return { dataset: parsed.data, errors: [] };
  return { dataset: null, errors: toImportErrors(parsed.error, candidate, rowOf) };
}

/** One dataset object, in the form of the built-in JSON files. */
export function importDatasetJson(text: string): ImportResult {
  let candidate: unknown;
  try {
    candidate = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { dataset: null, errors: [{ path: "", message: "import.errors.invalidJson", params: { detail } }] };
  }
  return validate(candidate);
}

/** One row per figure (see csv-format.ts); errors name the spreadsheet row that caused them. */
export function importDatasetCsv(text: string): ImportResult {
  const read = readCsvRows(text);
  if (read.errors.length > 0) return { dataset: null, errors: read.errors };
  const builder = new CsvDatasetBuilder();
  const [first] = read.rows;
  const id = first?.cells.dataset_id;
  const version = first?.cells.dataset_version;
  for (const entry of read.rows) {
    // Every row repeats the dataset id and version, so that rows pasted from another dataset are caught.
    for (const [column, expected] of [["dataset_id", id], ["dataset_version", version]] as const) {
      const found = entry.cells[column];
      if (found === undefined) builder.errors.push({ row: entry.row, path: "", message: "import.errors.missingValue", params: { column } });
      else if (found !== expected) builder.errors.push({ row: entry.row, path: "", message: "import.errors.mixedDataset", params: { column, expected: expected ?? "", found } });
    }
    builder.add(entry);
  }
  const candidate = builder.build(id, version);
  const firstRow = first?.row;
  const rowOf = (path: readonly PropertyKey[]) =>
    builder.rowOf(path) ?? (path[0] === "id" || path[0] === "datasetVersion" ? firstRow : undefined);
  const result = validate(candidate, rowOf);
  // A row already reported (e.g. a share that is not a number) is not reported again by the schema.
  const reportedRows = new Set(builder.errors.map((error) => error.row));
  const errors = [...builder.errors, ...result.errors.filter((error) => error.row === undefined || !reportedRows.has(error.row))];
  return errors.length === 0 && result.dataset ? { dataset: result.dataset, errors: [] } : { dataset: null, errors };
}

export function importDataset(text: string, format: ImportFormat): ImportResult {
  return format === "json" ? importDatasetJson(text) : importDatasetCsv(text);
}
