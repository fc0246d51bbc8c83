/**
 * The CSV form of a benchmark dataset (full description with examples: CSV-FORMAT.md).
 *
 * One row per figure, UTF-8, comma-separated, with this header:
 *   dataset_id,dataset_version,record,item_or_dimension,option,share,count,level,bound,text_en,text_fr,
 *   text_es,source,confidence
 * Every row repeats dataset_id and dataset_version. `record` says what the row holds:
 * - meta: one dataset field, named in item_or_dimension:
 *     name (text_en, text_fr, text_es) · region (text_en) · survey_year (count) ·
 *     n (count, blank when the study does not publish it; text_en = note on n) · source (source) ·
 *     member (text_en; one row per member, in order) · unavailable (text_en) ·
 *     dimensions (text_en = scale of the levels, source, confidence: provenance of every `level` row).
 * - distribution: one option of a single-answer item: item id, option, share (0–1) and/or count.
 * - multi: one option of a tick-all item: item id, option, share and/or count, and/or bound (text).
 * - bound: an item for which only a bound is published: item id, bound (text), source.
 * - level: a dimension's published mean level (1–5): dimension id, level.
 * - statement: a finding of the study beside one item (an id with a dot) or one dimension (an id without):
 *     bound (optional), text_en, text_fr, text_es (optional), source.
 * For distribution and multi rows, source and confidence may be given on the item's first row only;
 * later rows of the item leave them blank or repeat them identically.
 * From 2026.2: columns citation (`key` or `key#topic`), exactness, original_language (statements); bounds
 *   written in the notation of bound-notation.ts; meta rows citation, n_text, unavailable_text, scale_text
 *   (text_en, text_fr, text_es). Citations written out in full (an unknown study) are imported as JSON only.
 * Numbers use a dot for decimals; shares are fractions (0.6364), not percentages.
 * `row` in import errors is the spreadsheet row: the header is row 1.
 */

export const CSV_COLUMNS = [
  "dataset_id",
  "dataset_version",
  "record",
  "item_or_dimension",
  "option",
  "share",
  "count",
  "level",
  "bound",
  "text_en",
  "text_fr",
  "text_es",
  "source",
  "confidence",
  "citation",
  "exactness",
  "original_language",
] as const;

/**
 * Columns added with dataset version 2026.2 (what users see instead of the working notes): a file without
 * them, made for 2026.1, still imports.
 */
export const OPTIONAL_CSV_COLUMNS: readonly CsvColumn[] = ["citation", "exactness", "original_language"];

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Partial<Record<CsvColumn, string>>;

export const CSV_RECORDS = ["meta", "distribution", "multi", "bound", "level", "statement"] as const;
export type CsvRecord = (typeof CSV_RECORDS)[number];

export const CSV_META_FIELDS = [
  "name",
  "region",
  "survey_year",
  "n",
  "source",
  "member",
  "unavailable",
  "dimensions",
  "citation",
  "n_text",
  "unavailable_text",
  "scale_text",
] as const;
export type CsvMetaField = (typeof CSV_META_FIELDS)[number];

/** The header row is row 1 of the sheet, so the first record is row 2. */
export const FIRST_DATA_ROW = 2;
