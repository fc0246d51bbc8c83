import Papa from "papaparse";
import { exportColumns, MULTI_SEPARATOR, type ExportColumn } from "./columns";
import { CSV_WRITE_OPTIONS } from "./spreadsheet-safe";
import type { ExportRecord } from "./types";

type Cell = string | number;

/** The byte-order mark that tells spreadsheets the file is UTF-8 (agency names in any script). */
export const UTF8_BOM = "\uFEFF";

/** Scores keep full precision in the snapshot; the export rounds to 2 decimals like every figure shown. */
function roundScore(value: number | null | undefined): Cell {
  return value === null || value === undefined ? "" : Math.round(value * 100) / 100;
}

function metaCell(record: ExportRecord, key: string): Cell {
  switch (key) {
    case "assessment_id": return record.id;
    case "agency_name": return record.agencyName;
    case "country": return record.countryCode;
    case "region": return record.region;
    case "round": return record.round;
    case "status": return record.status;
    case "instrument_version": return record.instrumentVersion;
    case "submitted_at": return record.submittedAt?.toISOString() ?? "";
    case "approved_at": return record.approvedAt?.toISOString() ?? "";
    case "scoring_model_version": return record.scores?.scoringModelVersion ?? "";
    default: return "";
  }
}

function cellOf(record: ExportRecord, column: ExportColumn): Cell {
  switch (column.kind) {
    case "meta":
      return metaCell(record, column.key);
    case "item": {
      const value = record.answers[column.item.id]?.value;
      if (value === undefined) return "";
      return Array.isArray(value) ? value.join(MULTI_SEPARATOR) : value;
    }
    case "other":
      return record.answers[column.item.id]?.otherText ?? "";
    case "score":
      return roundScore(record.scores?.dimensions[column.dimension]?.score);
    case "stage":
      return record.scores?.dimensions[column.dimension]?.stage ?? "";
    case "index":
      return roundScore(record.scores?.indices[column.index]?.value);
    case "indexStage":
      return record.scores?.indices[column.index]?.stage ?? "";
  }
}

/** One row per assessment, keyed by column. Empty cell: unanswered or not scored (never 0). */
export function toCsvRow(record: ExportRecord, columns = exportColumns()): Record<string, Cell> {
  return Object.fromEntries(columns.map((column) => [column.key, cellOf(record, column)]));
}

/**
 * The CSV file in pieces, for streaming: the head (BOM and header row), then each page of rows, each
 * piece starting with its line end, so that the pieces joined are one file with CRLF line ends and no
 * trailing newline, whatever the page size. Text that a spreadsheet would run as a formula is
 * neutralised (spreadsheet-safe.ts).
 */
export function csvHead(): string {
  return UTF8_BOM + Papa.unparse([exportColumns().map((column) => column.key)], CSV_WRITE_OPTIONS);
}

export function csvRows(records: readonly ExportRecord[], columns = exportColumns()): string {
  if (records.length === 0) return "";
  const data = records.map((record) => columns.map((column) => cellOf(record, column)));
  return "\r\n" + Papa.unparse(data, CSV_WRITE_OPTIONS);
}

/** The whole CSV file of the given records (tests and small exports). */
export function toAssessmentsCsv(records: readonly ExportRecord[]): string {
  return csvHead() + csvRows(records);
}
