import { describe, expect, it } from "vitest";
import { getBuiltinDataset, getBuiltinDatasets } from "./builtin";
import { CSV_COLUMNS, type CsvRow } from "./csv-format";
import { importDatasetCsv, importDatasetJson, toCsv } from "./import";

const HEADER = CSV_COLUMNS.join(",");

/** A small valid dataset, as the rows a coordinator would type (rows 2–9 of the sheet). */
const BASE: CsvRow[] = [
  { record: "meta", item_or_dimension: "name", text_en: "Test PES (2027)", text_fr: "SPE test (2027)", text_es: "SPE de prueba (2027)" },
  { record: "meta", item_or_dimension: "region", text_en: "LAC" },
  { record: "meta", item_or_dimension: "survey_year", count: "2027" },
  { record: "meta", item_or_dimension: "n", count: "10" },
  { record: "meta", item_or_dimension: "source", source: "Test report 2027" },
  { record: "distribution", item_or_dimension: "strategy.national", option: "fully_in_place", share: "0.3", count: "3", source: "Test report, figure 1" },
  { record: "distribution", item_or_dimension: "strategy.national", option: "in_development", share: "0.2", count: "2" },
  { record: "distribution", item_or_dimension: "strategy.national", option: "not_planned", share: "0.5", count: "5" },
];

function csvOf(rows: CsvRow[]): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const lines = rows.map((row) =>
    CSV_COLUMNS.map((column) => {
      if (column === "dataset_id") return row.dataset_id ?? "test-lac-2027";
      if (column === "dataset_version") return row.dataset_version ?? "2027.1";
      return quote(row[column] ?? "");
    }).join(","),
  );
  return [HEADER, ...lines].join("\n") + "\n";
}

/** The base rows with one row replaced (index in BASE) or appended. */
function withRow(row: CsvRow, replace?: number): string {
  const rows = [...BASE];
  if (replace === undefined) rows.push(row);
  else rows[replace] = row;
  return csvOf(rows);
}

describe("importDatasetCsv: valid input", () => {
  it("parses a hand-written CSV into a dataset", () => {
    const result = importDatasetCsv(csvOf(BASE));
    expect(result.errors).toEqual([]);
    expect(result.dataset).toEqual({
      id: "test-lac-2027",
      datasetVersion: "2027.1",
      name: { en: "Test PES (2027)", fr: "SPE test (2027)", es: "SPE de prueba (2027)" },
      region: "LAC",
      surveyYear: 2027,
      n: 10,
      source: "Test report 2027",
      items: {
        "strategy.national": {
          kind: "distribution",
          shares: { fully_in_place: 0.3, in_development: 0.2, not_planned: 0.5 },
          counts: { fully_in_place: 3, in_development: 2, not_planned: 5 },
          source: "Test report, figure 1",
        },
      },
    });
  });

  it("reads levels, a statement and an unpublished n", () => {
    const rows: CsvRow[] = [
      ...BASE.filter((row) => row.item_or_dimension !== "n"),
      { record: "meta", item_or_dimension: "n", text_en: "not published" },
      { record: "meta", item_or_dimension: "dimensions", text_en: "1-5 levels", source: "Test report, table 2" },
      { record: "level", item_or_dimension: "strategy", level: "3.2" },
      { record: "statement", item_or_dimension: "analytics", text_en: "Little AI, so far.", text_es: "Poca IA por ahora.", source: "Test report, p. 9" },
    ];
    const { dataset, errors } = importDatasetCsv(csvOf(rows));
    expect(errors).toEqual([]);
    expect(dataset?.n).toBeNull();
    expect(dataset?.nNote).toBe("not published");
    expect(dataset?.dimensions).toEqual({ _meta: { scale: "1-5 levels", source: "Test report, table 2" }, strategy: { level: 3.2 } });
    expect(dataset?.statements).toEqual([{ dimension: "analytics", en: "Little AI, so far.", es: "Poca IA por ahora.", source: "Test report, p. 9" }]);
  });

  const allVersions = [...getBuiltinDatasets("2026.1"), ...getBuiltinDatasets("2026.2")];
  it.each(allVersions.map((dataset) => [`${dataset.id} ${dataset.datasetVersion}`, dataset] as const))("round-trips %s through toCsv", (_id, dataset) => {
    const result = importDatasetCsv(toCsv(dataset));
    expect(result.errors).toEqual([]);
    expect(result.dataset).toEqual(dataset);
  });
});

describe("importDatasetCsv: each bad input gives its row-level error", () => {
  const cases: [string, string, { row?: number; path?: string; message: string; params?: Record<string, unknown> }][] = [
    ["unknown item id", withRow({ record: "bound", item_or_dimension: "strategy.unknown", bound: "x", source: "s" }),
      { row: 10, path: "items/strategy.unknown", message: "dataset.errors.unknownItem", params: { itemId: "strategy.unknown" } }],
    ["unknown option", withRow({ record: "distribution", item_or_dimension: "strategy.national", option: "maybe", share: "0" }),
      { row: 10, path: "items/strategy.national/shares/maybe", message: "dataset.errors.unknownOption" }],
    ["share above 1", withRow({ ...BASE[7], share: "1.5" }, 7),
      { row: 9, path: "items/strategy.national/shares/not_planned", message: "dataset.errors.shareOutOfRange", params: { value: 1.5 } }],
    ["negative share", withRow({ ...BASE[7], share: "-0.5" }, 7),
      { row: 9, message: "dataset.errors.shareOutOfRange" }],
    ["shares not summing to 1", withRow({ ...BASE[7], share: "0.4", count: "4" }, 7),
      { row: 7, path: "items/strategy.national/shares", message: "dataset.errors.sharesSum", params: { sum: 0.9 } }],
    ["missing item source", withRow({ ...BASE[5], source: undefined }, 5),
      { row: 7, path: "items/strategy.national/source", message: "dataset.errors.sourceMissing" }],
    ["missing dataset source", withRow({ record: "meta", item_or_dimension: "source" }, 4),
      { row: 6, path: "source", message: "dataset.errors.sourceMissing" }],
    ["share not a number", withRow({ ...BASE[6], share: "20%" }, 6),
      { row: 8, message: "import.errors.notANumber", params: { column: "share", value: "20%" } }],
    ["count disagreeing with share", withRow({ ...BASE[6], count: "7" }, 6),
      { row: 8, message: "dataset.errors.countShareMismatch", params: { option: "in_development", count: 7, n: 10, share: 0.2 } }],
    ["unknown record", withRow({ record: "figure", item_or_dimension: "strategy.national" }),
      { row: 10, message: "import.errors.unknownRecord", params: { record: "figure" } }],
    ["unknown meta field", withRow({ record: "meta", item_or_dimension: "country", text_en: "x" }),
      { row: 10, message: "import.errors.unknownMetaField" }],
    ["value in a column the record does not use", withRow({ ...BASE[6], level: "3" }, 6),
      { row: 8, message: "import.errors.unexpectedValue", params: { column: "level", record: "distribution" } }],
    ["duplicate option row", withRow({ ...BASE[6] }),
      { row: 10, message: "import.errors.duplicateRow", params: { otherRow: 8 } }],
    ["row of another dataset", withRow({ ...BASE[6], option: "concrete_plans", dataset_id: "other" }),
      { row: 10, message: "import.errors.mixedDataset", params: { column: "dataset_id", expected: "test-lac-2027", found: "other" } }],
    ["level out of 1–5", csvOf([...BASE, { record: "meta", item_or_dimension: "dimensions", text_en: "1-5", source: "s" }, { record: "level", item_or_dimension: "strategy", level: "6" }]),
      { row: 11, path: "dimensions/strategy/level", message: "dataset.errors.levelOutOfRange" }],
    ["unknown dimension", csvOf([...BASE, { record: "meta", item_or_dimension: "dimensions", text_en: "1-5", source: "s" }, { record: "level", item_or_dimension: "marketing", level: "2" }]),
      { row: 11, path: "dimensions/marketing", message: "dataset.errors.unknownDimension" }],
    ["levels without their provenance row", withRow({ record: "level", item_or_dimension: "data", level: "2" }),
      { row: 10, path: "dimensions/_meta", message: "dataset.errors.levelsWithoutSource" }],
    ["distribution on a multi item", withRow({ record: "distribution", item_or_dimension: "context.barriers", option: "silos", share: "1", source: "s" }),
      { row: 10, path: "items/context.barriers/kind", message: "dataset.errors.figureKindMismatch" }],
    ["conflicting source within an item", withRow({ ...BASE[6], source: "Another report" }, 6),
      { row: 8, message: "import.errors.conflictingValue", params: { column: "source", itemId: "strategy.national" } }],
    ["statement about an unknown item", withRow({ record: "statement", item_or_dimension: "data.nothing", text_en: "x", source: "s" }),
      { row: 10, path: "statements/0/item", message: "dataset.errors.unknownItem" }],
    ["statement without English text", withRow({ record: "statement", item_or_dimension: "data", text_fr: "x", source: "s" }),
      { row: 10, path: "statements/0/en", message: "dataset.errors.invalidType" }],
  ];

  it.each(cases)("%s", (_label, csv, expected) => {
    const result = importDatasetCsv(csv);
    expect(result.dataset).toBeNull();
    expect(result.errors).toContainEqual(expect.objectContaining({ ...expected, ...(expected.params ? { params: expect.objectContaining(expected.params) } : {}) }));
  });

  it("reports a missing column on the header row", () => {
    const csv = csvOf(BASE).replace("confidence", "confidance");
    expect(importDatasetCsv(csv).errors).toEqual([
      { row: 1, path: "", message: "import.errors.missingColumn", params: { column: "confidence" } },
      { row: 1, path: "", message: "import.errors.unknownColumn", params: { column: "confidance" } },
    ]);
  });

  it("reports an empty file and a file without meta rows", () => {
    expect(importDatasetCsv(`${HEADER}\n`).errors).toEqual([{ path: "", message: "import.errors.emptyFile", params: {} }]);
    const errors = importDatasetCsv(csvOf(BASE.slice(5))).errors;
    expect(errors.map((error) => error.path)).toEqual(expect.arrayContaining(["name", "region", "surveyYear", "n", "source"]));
  });

  it("counts blank lines, so a row number is the one the spreadsheet shows", () => {
    const csv = csvOf(BASE).replace(/\n/, "\n\n");
    const bad = csv.replace("0.5,5", "1.5,5");
    expect(importDatasetCsv(bad).errors).toContainEqual(expect.objectContaining({ row: 10, message: "dataset.errors.shareOutOfRange" }));
  });
});

describe("importDatasetJson", () => {
  it("parses a built-in dataset file", () => {
    const lac = getBuiltinDataset("idb-lac-2022");
    const result = importDatasetJson(JSON.stringify(lac));
    expect(result.errors).toEqual([]);
    expect(result.dataset).toEqual(lac);
  });

  it("rejects text that is not JSON", () => {
    expect(importDatasetJson("{ id: ").errors).toEqual([expect.objectContaining({ path: "", message: "import.errors.invalidJson" })]);
  });

  it("gives the path of a bad figure and every instrument error at once", () => {
    const ap = structuredClone(getBuiltinDataset("ilo-ap-2022"));
    const bad = {
      ...ap,
      source: "",
      items: { ...ap.items, "context.budget_overall": { kind: "distribution", shares: { decreased: 0.5, same: 0.6, rising: 0 }, source: "x" } },
    };
    const errors = importDatasetJson(JSON.stringify(bad)).errors;
    expect(errors.map((error) => [error.path, error.message])).toEqual(
      expect.arrayContaining([
        ["source", "dataset.errors.sourceMissing"],
        ["items/context.budget_overall/shares/rising", "dataset.errors.unknownOption"],
        ["items/context.budget_overall/shares", "dataset.errors.sharesSum"],
      ]),
    );
    expect(errors.every((error) => error.row === undefined)).toBe(true);
  });

  it("refuses a field the format does not know", () => {
    const lac = { ...getBuiltinDataset("idb-lac-2022"), weight: 2 };
    expect(importDatasetJson(JSON.stringify(lac)).errors).toEqual([
      expect.objectContaining({ path: "", message: "dataset.errors.unknownField", params: { keys: "weight" } }),
    ]);
  });
});

describe("importDatasetCsv: hostile input is refused with a message, never a crash (issue 11, finding 5)", () => {
  it("a row with more fields than the header is a row-level error", () => {
    const text = `${csvOf(BASE)}meta,name,test-lac-2027,2027.1,,,,,,,,,,,,,extra,fields,beyond,the,header\n`;
    const result = importDatasetCsv(text);
    expect(result.dataset).toBeNull();
    expect(result.errors).toContainEqual(expect.objectContaining({ row: 10, message: "import.errors.csvSyntax", params: { detail: "TooManyFields" } }));
  });

  it("a 360,000-character Thai sheet is read (and judged on its content)", () => {
    const thai = "กรมการจัดหางาน".repeat(Math.ceil(360_000 / 14)).slice(0, 360_000);
    const result = importDatasetCsv(withRow({ record: "meta", item_or_dimension: "member", text_en: thai }));
    expect(result.errors).toEqual([]);
    expect(result.dataset?.members).toEqual([thai]);
  });

  it("a dataset exported with neutralised formula characters imports unchanged", () => {
    const base = importDatasetCsv(csvOf(BASE)).dataset!;
    const dataset = { ...base, source: "-5% vs 2020 (=HYPERLINK test)" };
    expect(importDatasetCsv(toCsv(dataset)).dataset).toEqual(dataset);
  });
});
