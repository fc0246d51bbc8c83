import { CSV_META_FIELDS, CSV_RECORDS, type CsvColumn, type CsvMetaField, type CsvRecord } from "./csv-format";
import { parseBoundNotation } from "./bound-notation";
import { parseCitationCell } from "./csv-citation";
import { formatPath, type ImportError, type IssuePath } from "./import-errors";
import type { NumberedRow } from "./read-csv-rows";

type Json = Record<string, unknown>;
type FigureDraft = {
  kind: "distribution" | "multi";
  shares: Json;
  counts: Json;
  bounds: Json;
  source?: string;
  confidence?: string;
  citation?: string;
  exactness?: string;
};

/** Columns each record may fill (besides dataset_id, dataset_version, record, item_or_dimension). */
const ALLOWED: Record<Exclude<CsvRecord, "meta">, readonly CsvColumn[]> = {
  distribution: ["option", "share", "count", "source", "confidence", "citation", "exactness"],
  multi: ["option", "share", "count", "bound", "source", "confidence", "citation", "exactness"],
  bound: ["bound", "source", "citation", "exactness"],
  level: ["level"],
  statement: ["bound", "text_en", "text_fr", "text_es", "source", "citation", "exactness", "original_language"],
};
const ALLOWED_META: Record<CsvMetaField, readonly CsvColumn[]> = {
  name: ["text_en", "text_fr", "text_es"],
  region: ["text_en"],
  survey_year: ["count"],
  n: ["count", "text_en"],
  source: ["source"],
  member: ["text_en"],
  unavailable: ["text_en"],
  dimensions: ["text_en", "source", "confidence", "citation", "exactness"],
  citation: ["citation"],
  n_text: ["text_en", "text_fr", "text_es"],
  unavailable_text: ["text_en", "text_fr", "text_es"],
  scale_text: ["text_en", "text_fr", "text_es"],
};
const ALWAYS: readonly CsvColumn[] = ["dataset_id", "dataset_version", "record", "item_or_dimension"];
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Drops absent values so that optional fields stay absent (the UI says when a translation is missing). */
function compact(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

function isOneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}

/** Builds the dataset candidate row by row; the dataset schema then validates the content. */
export class CsvDatasetBuilder {
  readonly errors: ImportError[] = [];
  private readonly rowsByPath = new Map<string, number>();
  private readonly meta: Json = {};
  private readonly items: Record<string, FigureDraft | Json> = {};
  private readonly dimensions: Json = {};
  private readonly members: string[] = [];
  private readonly statements: Json[] = [];
  private scaleText: Json | undefined;

  private fail(row: number, message: string, params: Record<string, string | number> = {}, path: IssuePath = []) {
    this.errors.push({ row, path: formatPath(path), message, params });
  }

  private claim(path: IssuePath, row: number): boolean {
    const key = formatPath(path);
    if (this.rowsByPath.has(key)) {
      this.fail(row, "import.errors.duplicateRow", { otherRow: this.rowsByPath.get(key) ?? 0 }, path);
      return false;
    }
    this.rowsByPath.set(key, row);
    return true;
  }

  private number(entry: NumberedRow, column: CsvColumn): number | undefined {
    const cell = entry.cells[column];
    if (cell === undefined) return undefined;
    if (NUMBER.test(cell)) return Number(cell);
    this.fail(entry.row, "import.errors.notANumber", { column, value: cell });
    return undefined;
  }

  /** The CSV row that gave a dataset path (the longest registered prefix), for schema errors. */
  rowOf = (path: IssuePath): number | undefined => {
    for (let length = path.length; length > 0; length -= 1) {
      const row = this.rowsByPath.get(formatPath(path.slice(0, length)));
      if (row !== undefined) return row;
    }
    return undefined;
  };

  add(entry: NumberedRow): void {
    const { cells, row } = entry;
    const record = cells.record;
    if (!isOneOf(CSV_RECORDS, record)) return this.fail(row, "import.errors.unknownRecord", { record: record ?? "" });
    const target = cells.item_or_dimension;
    if (target === undefined) return this.fail(row, "import.errors.missingValue", { column: "item_or_dimension" });
    if (record === "meta" && !isOneOf(CSV_META_FIELDS, target)) return this.fail(row, "import.errors.unknownMetaField", { field: target });
    const allowed = record === "meta" ? ALLOWED_META[target as CsvMetaField] : ALLOWED[record];
    const unexpected = (Object.keys(cells) as CsvColumn[]).find((c) => !ALWAYS.includes(c) && !allowed.includes(c));
    if (unexpected) return this.fail(row, "import.errors.unexpectedValue", { column: unexpected, record });
    if (record === "meta") return this.addMeta(entry, target as CsvMetaField);
    if (record === "distribution" || record === "multi") return this.addOption(entry, record, target);
    if (record === "bound") return this.addBound(entry, target);
    if (record === "level") return this.addLevel(entry, target);
    return this.addStatement(entry, target);
  }

  private addMeta(entry: NumberedRow, field: CsvMetaField): void {
    const { cells, row } = entry;
    if (field === "member") {
      this.rowsByPath.set(formatPath(["members", this.members.length]), row);
      this.members.push(cells.text_en ?? "");
      return;
    }
    const path = {
      name: "name",
      region: "region",
      survey_year: "surveyYear",
      n: "n",
      source: "source",
      unavailable: "unavailable",
      dimensions: "dimensions/_meta",
      citation: "citation",
      n_text: "nNoteText",
      unavailable_text: "unavailableText",
      scale_text: "dimensions/_meta/scaleText",
    }[field];
    if (!this.claim([path], row)) return;
    const localized = () => compact({ en: cells.text_en, fr: cells.text_fr, es: cells.text_es });
    if (field === "citation") this.meta.citation = parseCitationCell(cells.citation);
    if (field === "n_text") this.meta.nNoteText = localized();
    if (field === "unavailable_text") this.meta.unavailableText = localized();
    if (field === "scale_text") this.scaleText = localized();
    if (field === "name") this.meta.name = compact({ en: cells.text_en, fr: cells.text_fr, es: cells.text_es });
    if (field === "region") this.meta.region = cells.text_en;
    if (field === "survey_year") this.meta.surveyYear = this.number(entry, "count");
    if (field === "source") this.meta.source = cells.source;
    if (field === "unavailable") this.meta.unavailable = cells.text_en;
    if (field === "n") {
      this.rowsByPath.set("nNote", row);
      this.meta.n = cells.count === undefined ? null : this.number(entry, "count");
      this.meta.nNote = cells.text_en;
    }
    if (field === "dimensions") {
      this.rowsByPath.set("dimensions", row);
      this.dimensions._meta = compact({
        scale: cells.text_en,
        confidence: cells.confidence,
        source: cells.source,
        citation: parseCitationCell(cells.citation),
        exactness: cells.exactness,
      });
    }
  }

  private addOption(entry: NumberedRow, kind: FigureDraft["kind"], itemId: string): void {
    const { cells, row } = entry;
    const option = cells.option;
    if (option === undefined) return this.fail(row, "import.errors.missingValue", { column: "option" });
    if (cells.share === undefined && cells.count === undefined && cells.bound === undefined) {
      return this.fail(row, "import.errors.missingValue", { column: "share" });
    }
    const existing = this.items[itemId];
    if (existing === undefined) this.rowsByPath.set(formatPath(["items", itemId]), row);
    else if (existing.kind !== kind) return this.fail(row, "import.errors.mixedItemKind", { itemId, kind, otherKind: String(existing.kind) });
    const draft = (existing ?? { kind, shares: {}, counts: {}, bounds: {} }) as FigureDraft;
    this.items[itemId] = draft;
    if (!this.claim(["items", itemId, "option", option], row)) return;
    for (const [column, bucket] of [["share", "shares"], ["count", "counts"], ["bound", "bounds"]] as const) {
      if (cells[column] === undefined) continue;
      this.rowsByPath.set(formatPath(["items", itemId, bucket, option]), row);
      const value = column === "bound" ? parseBoundNotation(cells.bound ?? "") : this.number(entry, column);
      if (value !== undefined) draft[bucket][option] = value;
    }
    for (const column of ["source", "confidence", "citation", "exactness"] as const) {
      const value = cells[column];
      if (value === undefined) continue;
      if (draft[column] === undefined) {
        draft[column] = value;
        this.rowsByPath.set(formatPath(["items", itemId, column]), row);
      } else if (draft[column] !== value) {
        this.fail(row, "import.errors.conflictingValue", { column, itemId }, ["items", itemId, column]);
      }
    }
  }

  private addBound(entry: NumberedRow, itemId: string): void {
    if (!this.claim(["items", itemId], entry.row)) return;
    const { cells } = entry;
    this.items[itemId] = compact({
      kind: "bound",
      bound: cells.bound === undefined ? undefined : parseBoundNotation(cells.bound),
      source: cells.source,
      citation: parseCitationCell(cells.citation),
      exactness: cells.exactness,
    });
  }

  private addLevel(entry: NumberedRow, dimension: string): void {
    if (!this.claim(["dimensions", dimension], entry.row)) return;
    if (!this.rowsByPath.has("dimensions")) this.rowsByPath.set("dimensions", entry.row);
    this.dimensions[dimension] = compact({ level: this.number(entry, "level") });
  }

  private addStatement(entry: NumberedRow, target: string): void {
    const { cells, row } = entry;
    this.rowsByPath.set(formatPath(["statements", this.statements.length]), row);
    // Item ids are `<section>.<name>`; dimension ids have no dot.
    const about = target.includes(".") ? { item: target } : { dimension: target };
    this.statements.push(
      compact({
        ...about,
        bound: cells.bound === undefined ? undefined : parseBoundNotation(cells.bound),
        en: cells.text_en,
        fr: cells.text_fr,
        es: cells.text_es,
        originalLanguage: cells.original_language,
        source: cells.source,
        citation: parseCitationCell(cells.citation),
        exactness: cells.exactness,
      }),
    );
  }

  private buildItems(): Json {
    const items: Json = {};
    for (const [itemId, draft] of Object.entries(this.items)) {
      if (draft.kind === "bound") {
        items[itemId] = draft;
        continue;
      }
      const { kind, shares, counts, bounds, source, confidence, citation, exactness } = draft as FigureDraft;
      const optional = (bucket: Json) => (Object.keys(bucket).length > 0 ? bucket : undefined);
      items[itemId] = compact({
        kind,
        shares,
        counts: optional(counts),
        bounds: kind === "multi" ? optional(bounds) : undefined,
        confidence,
        source,
        citation: parseCitationCell(citation),
        exactness,
      });
    }
    return items;
  }

  private buildDimensions(): Json | undefined {
    if (Object.keys(this.dimensions).length === 0 && this.scaleText === undefined) return undefined;
    const meta = this.dimensions._meta;
    if (this.scaleText === undefined || meta === undefined) return this.dimensions;
    return { ...this.dimensions, _meta: { ...(meta as Json), scaleText: this.scaleText } };
  }

  /** The dataset as read, not yet validated. */
  build(id: string | undefined, version: string | undefined): Json {
    const items = this.buildItems();
    return compact({
      id,
      ...this.meta,
      datasetVersion: version,
      members: this.members.length > 0 ? this.members : undefined,
      items: Object.keys(items).length > 0 ? items : undefined,
      dimensions: this.buildDimensions(),
      statements: this.statements.length > 0 ? this.statements : undefined,
    });
  }
}
