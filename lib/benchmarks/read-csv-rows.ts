import Papa from "papaparse";
import { CSV_COLUMNS, FIRST_DATA_ROW, OPTIONAL_CSV_COLUMNS, type CsvColumn, type CsvRow } from "./csv-format";
import { restoreEscapedFormula } from "@/lib/exports/spreadsheet-safe";
import type { ImportError } from "./import-errors";

export type NumberedRow = { row: number; cells: CsvRow };
export type ReadRowsResult = { rows: NumberedRow[]; errors: ImportError[] };

const columns: readonly string[] = CSV_COLUMNS;

function isColumn(name: string): name is CsvColumn {
  return columns.includes(name);
}

/**
 * Cells are trimmed; an empty cell is no value (so optional fields stay absent). Extra fields beyond the
 * header come back from papaparse as an array under `__parsed_extra`: they are not columns (papaparse
 * reports the row as TooManyFields). The apostrophe the app's own CSV export put before a formula
 * character is removed, so an exported dataset imports unchanged.
 */
function toCells(raw: Record<string, unknown>): CsvRow {
  const cells: CsvRow = {};
  for (const [name, value] of Object.entries(raw)) {
    const trimmed = typeof value === "string" ? restoreEscapedFormula(value.trim()) : "";
    if (isColumn(name) && trimmed) cells[name] = trimmed;
  }
  return cells;
}

/**
 * Reads the sheet with papaparse. Rows are numbered as in a spreadsheet (header = row 1); blank rows are
 * skipped but still counted, so a reported row is the row the coordinator sees.
 */
export function readCsvRows(text: string): ReadRowsResult {
  const parsed = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    delimiter: ",",
    skipEmptyLines: false,
    transformHeader: (header) => header.trim(),
  });
  const errors: ImportError[] = [];
  const fields = parsed.meta.fields ?? [];
  for (const column of CSV_COLUMNS) {
    if (!fields.includes(column) && !OPTIONAL_CSV_COLUMNS.includes(column)) errors.push({ row: 1, path: "", message: "import.errors.missingColumn", params: { column } });
  }
  for (const field of fields) {
    if (!isColumn(field)) errors.push({ row: 1, path: "", message: "import.errors.unknownColumn", params: { column: field } });
  }
  if (errors.length > 0) return { rows: [], errors };

  const rows: NumberedRow[] = [];
  parsed.data.forEach((raw, index) => {
    const cells = toCells(raw);
    if (Object.keys(cells).length > 0) rows.push({ row: index + FIRST_DATA_ROW, cells });
  });
  const nonBlank = new Set(rows.map((entry) => entry.row));
  for (const error of parsed.errors) {
    const row = error.row === undefined ? undefined : error.row + FIRST_DATA_ROW;
    // papaparse flags blank lines as short rows; only rows with content matter.
    if (row !== undefined && !nonBlank.has(row)) continue;
    errors.push({ ...(row === undefined ? {} : { row }), path: "", message: "import.errors.csvSyntax", params: { detail: error.code } });
  }
  if (rows.length === 0 && errors.length === 0) {
    errors.push({ path: "", message: "import.errors.emptyFile", params: {} });
  }
  return { rows, errors };
}
