import Papa from "papaparse";
import { UTF8_BOM } from "@/lib/exports/csv-rows";
import { CSV_WRITE_OPTIONS } from "@/lib/exports/spreadsheet-safe";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { ComparedAssessment } from "./types";

/**
 * The compared assessments as CSV: one row per assessment, the export's column keys (agency, round,
 * indices, then each dimension's 0–100 score, empty when not scored). Scores keep full precision, like
 * the export; text that a spreadsheet would run as a formula is neutralised.
 */
export function compareCsv(rows: readonly ComparedAssessment[]): string {
  const header = ["agency", "country", "region", "round", "status", "digital_maturity", "youth_readiness", ...DIMENSION_IDS];
  const data = rows.map((row) => [
    row.agencyName,
    row.countryCode,
    row.region,
    row.round,
    row.status,
    row.indices.digital_maturity ?? "",
    row.indices.youth_readiness ?? "",
    ...DIMENSION_IDS.map((d) => row.dimensions[d] ?? ""),
  ]);
  // The byte-order mark makes spreadsheets read the UTF-8 names (any script) correctly.
  return UTF8_BOM + Papa.unparse([header, ...data], CSV_WRITE_OPTIONS) + "\r\n";
}
