import Papa from "papaparse";
import { CSV_WRITE_OPTIONS } from "@/lib/exports/spreadsheet-safe";
import { CSV_COLUMNS, type CsvRow } from "./csv-format";
import { formatBound } from "./bound-notation";
import { formatCitationCell, localizedRow } from "./csv-citation";
import { listPublishedLevels, type Dataset, type ItemFigure } from "./dataset-schema";

/** Row order: meta, dimension levels, item figures, statements (the order a reader of the sheet expects). */
function metaRows(dataset: Dataset): CsvRow[] {
  const rows: CsvRow[] = [
    { item_or_dimension: "name", text_en: dataset.name.en, text_fr: dataset.name.fr, text_es: dataset.name.es },
    { item_or_dimension: "region", text_en: dataset.region },
    { item_or_dimension: "survey_year", count: String(dataset.surveyYear) },
    { item_or_dimension: "n", count: dataset.n === null ? undefined : String(dataset.n), text_en: dataset.nNote },
    { item_or_dimension: "source", source: dataset.source },
    ...(dataset.members ?? []).map((member) => ({ item_or_dimension: "member", text_en: member })),
  ];
  if (dataset.citation) rows.push({ item_or_dimension: "citation", citation: formatCitationCell(dataset.citation) });
  if (dataset.nNoteText) rows.push({ item_or_dimension: "n_text", ...localizedRow(dataset.nNoteText) });
  if (dataset.unavailable !== undefined) rows.push({ item_or_dimension: "unavailable", text_en: dataset.unavailable });
  if (dataset.unavailableText) rows.push({ item_or_dimension: "unavailable_text", ...localizedRow(dataset.unavailableText) });
  const meta = dataset.dimensions?._meta;
  if (meta) {
    rows.push({
      item_or_dimension: "dimensions",
      text_en: meta.scale,
      source: meta.source,
      confidence: meta.confidence,
      citation: formatCitationCell(meta.citation),
      exactness: meta.exactness,
    });
    if (meta.scaleText) rows.push({ item_or_dimension: "scale_text", ...localizedRow(meta.scaleText) });
  }
  return rows.map((row) => ({ record: "meta", ...row }));
}

function levelRows(dataset: Dataset): CsvRow[] {
  return listPublishedLevels(dataset).map(([dimension, level]) => ({
    record: "level",
    item_or_dimension: dimension,
    level: String(level),
  }));
}

function figureRows(itemId: string, figure: ItemFigure): CsvRow[] {
  if (figure.kind === "bound") {
    return [
      {
        record: "bound",
        item_or_dimension: itemId,
        bound: formatBound(figure.bound),
        source: figure.source,
        citation: formatCitationCell(figure.citation),
        exactness: figure.exactness,
      },
    ];
  }
  const bounds = figure.kind === "multi" ? (figure.bounds ?? {}) : {};
  const counts = figure.counts ?? {};
  const options = [...new Set([...Object.keys(figure.shares), ...Object.keys(counts), ...Object.keys(bounds)])];
  // Source and confidence are written on the item's first row only (later rows inherit them).
  return options.map((option, index) => ({
    record: figure.kind,
    item_or_dimension: itemId,
    option,
    share: figure.shares[option]?.toString(),
    count: counts[option]?.toString(),
    bound: bounds[option] === undefined ? undefined : formatBound(bounds[option]),
    source: index === 0 ? figure.source : undefined,
    confidence: index === 0 ? figure.confidence : undefined,
    citation: index === 0 ? formatCitationCell(figure.citation) : undefined,
    exactness: index === 0 ? figure.exactness : undefined,
  }));
}

function statementRows(dataset: Dataset): CsvRow[] {
  return (dataset.statements ?? []).map((statement) => ({
    record: "statement",
    item_or_dimension: statement.item ?? statement.dimension,
    bound: statement.bound === undefined ? undefined : formatBound(statement.bound),
    text_en: statement.en,
    text_fr: statement.fr,
    text_es: statement.es,
    source: statement.source,
    citation: formatCitationCell(statement.citation),
    exactness: statement.exactness,
    original_language: statement.originalLanguage,
  }));
}

/** The dataset as CSV (the import template, and the export of a published version); round-trips exactly. */
export function toCsv(dataset: Dataset): string {
  const rows = [
    ...metaRows(dataset),
    ...levelRows(dataset),
    ...Object.entries(dataset.items ?? {}).flatMap(([itemId, figure]) => figureRows(itemId, figure)),
    ...statementRows(dataset),
  ];
  const data = rows.map((row) =>
    CSV_COLUMNS.map((column) => {
      if (column === "dataset_id") return dataset.id;
      if (column === "dataset_version") return dataset.datasetVersion;
      return row[column] ?? "";
    }),
  );
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, CSV_WRITE_OPTIONS) + "\r\n";
}
