import Papa from "papaparse";
import en from "@/lib/i18n/messages/en/instrument.json";
import { OTHER_OPTION, SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import type { Item } from "@/lib/questionnaire/types";
import { STAGES } from "@/lib/scoring/stages";
import { exportColumns, MULTI_SEPARATOR, type ExportColumn, type MetaColumn } from "./columns";
import { UTF8_BOM } from "./csv-rows";
import { CSV_WRITE_OPTIONS, FORMULA_NOTE } from "./spreadsheet-safe";

export type CodebookRow = { column: string; description: string; type: string; values: string };

const META: Record<MetaColumn, Omit<CodebookRow, "column">> = {
  assessment_id: { description: "Identifier of the assessment", type: "text", values: "" },
  agency_name: { description: "Name of the public employment service", type: "text", values: `UTF-8, any script; ${FORMULA_NOTE}` },
  country: { description: "Country of the agency", type: "code", values: "ISO 3166-1 alpha-2" },
  region: { description: "Region of the agency", type: "code", values: "AP; LAC; AFRICA; EUROPE; ARAB_STATES; NORTH_AMERICA; OTHER" },
  round: { description: "Round of the assessment (year)", type: "integer", values: "" },
  status: { description: "Review status", type: "code", values: "DRAFT; SUBMITTED; RETURNED; APPROVED" },
  instrument_version: { description: "Version of the questionnaire answered", type: "text", values: "" },
  submitted_at: { description: "Last submission (UTC)", type: "date-time", values: "ISO 8601; empty if never submitted" },
  approved_at: { description: "Approval (UTC)", type: "date-time", values: "ISO 8601; empty if not approved" },
  scoring_model_version: { description: "Scoring model of the scores in this row", type: "text", values: "empty before the first submission" },
};

/** English wording of the instrument, read by key path (item ids are `<section>.<name>`). */
function english(path: string): string {
  let node: unknown = en.instrument;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : path;
}

function optionList(item: Item): string {
  const options: readonly string[] =
    item.kind === "status" || item.kind === "adoption" || item.kind === "budget" ? SCALE_OPTIONS[item.kind] : "options" in item ? item.options : [];
  const label = (option: string) =>
    item.kind === "status" || item.kind === "adoption" || item.kind === "budget" ? english(`scales.${item.kind}.${option}`) : english(`items.${item.id}.options.${option}`);
  const listed = options.map((option) => `${option} = ${label(option)}`);
  if (item.kind === "multi" && item.allowOther) listed.push(`${OTHER_OPTION} = ${english("other")}`);
  return listed.join("; ");
}

function itemRow(item: Item): Omit<CodebookRow, "column"> {
  const label = english(`items.${item.id}.label`);
  switch (item.kind) {
    case "status":
    case "adoption":
      return { description: label, type: `scale: ${item.kind} (scored 3-2-1-0; dont_know not scored)`, values: optionList(item) };
    case "budget":
      return { description: label, type: "scale: budget (not scored)", values: optionList(item) };
    case "single":
      return { description: label, type: "single choice", values: optionList(item) };
    case "multi":
      return { description: label, type: `multiple choice (option ids joined with "${MULTI_SEPARATOR}")`, values: optionList(item) };
    case "number":
      return { description: label, type: "integer", values: `${item.min}-${item.max}` };
    case "text":
      return { description: label, type: "free text", values: `up to ${item.maxLength} characters; ${FORMULA_NOTE}` };
  }
}

function rowOf(column: ExportColumn): CodebookRow {
  const stages = STAGES.join("; ");
  switch (column.kind) {
    case "meta":
      return { column: column.key, ...META[column.key] };
    case "item":
      return { column: column.key, ...itemRow(column.item) };
    case "other":
      return { column: column.key, description: `${english(`items.${column.item.id}.label`)}: text given with "${OTHER_OPTION}"`, type: "free text", values: FORMULA_NOTE };
    case "score":
      return { column: column.key, description: `Dimension score: ${english(`sections.${column.dimension}.title`)}`, type: "number 0-100 (2 decimals)", values: "empty: not enough items answered" };
    case "stage":
      return { column: column.key, description: `Maturity stage: ${english(`sections.${column.dimension}.title`)}`, type: "code", values: `${stages}; empty: not scored` };
    case "index":
      return { column: column.key, description: `Index: ${column.index === "digital_maturity" ? "Digital maturity (Part 1)" : "Youth readiness (Parts 2-3)"}`, type: "number 0-100 (2 decimals)", values: "empty: too few dimensions scored" };
    case "indexStage":
      return { column: column.key, description: `Stage of the index ${column.index}`, type: "code", values: `${stages}; empty: not scored` };
  }
}

/** One row per column of the assessments CSV, in the same order (English). */
export function codebookRows(): CodebookRow[] {
  return exportColumns().map(rowOf);
}

export function toCodebookCsv(): string {
  return UTF8_BOM + Papa.unparse(codebookRows(), CSV_WRITE_OPTIONS);
}
