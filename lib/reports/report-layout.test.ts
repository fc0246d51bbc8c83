import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { LOCALES } from "@/lib/i18n/locales";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { renderReport } from "./render-report";
import { SAMPLE_ANSWERS, sampleReportData } from "./sample-report";
import { createReportTranslator } from "./translator";

const dir = mkdtempSync(path.join(tmpdir(), "report-layout-"));

/**
 * The sample profile with one dimension below half coverage (organisation: 3 of 5 "don't know"), so the
 * chart has an "insufficient answers" row under a LAC marker.
 */
function profile(locale: (typeof LOCALES)[number]) {
  const answers = {
    ...SAMPLE_ANSWERS,
    "organisation.od_strategy": { value: "dont_know" },
    "organisation.culture_change": { value: "dont_know" },
    "organisation.digital_skills": { value: "dont_know" },
  };
  const data = sampleReportData(locale);
  return { ...data, answers, snapshot: { ...data.snapshot, scores: scoreAssessment(answers, getBuiltinDatasets()) } };
}

function pageTexts(file: string): string[] {
  // pdftotext ends every page with a form feed.
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  return text.split("\f").slice(0, -1);
}

const flat = (text: string) => text.replace(/\s+/g, " ");

describe.each(LOCALES)("the %s report's layout (pdftotext)", (locale) => {
  const t = createReportTranslator(locale);
  let pages: string[] = [];

  it("renders", { timeout: 120_000 }, async () => {
    const data = profile(locale);
    expect(data.snapshot.scores.dimensions.organisation.score).toBeNull();
    const file = path.join(dir, `${locale}.pdf`);
    writeFileSync(file, await renderReport(data));
    pages = pageTexts(file);
    expect(pages.length).toBeGreaterThan(5);
  });

  it("has the running footer and 'Page X of Y' on every page", () => {
    pages.forEach((text, index) => {
      expect(flat(text)).toContain(flat(t("report.pageNumber", { page: index + 1, total: pages.length })));
      expect(flat(text)).toContain(`Servicio Nacional de Empleo (SNE) · ${t("report.footer", { agency: "", round: 2026, instrument: "2026.1", model: "", datasets: "" }).split(" · ")[1]}`);
    });
  });

  it("prints every chart label whole (long names wrap, never clip)", () => {
    const summary = flat(pages[1] ?? "");
    for (const dimension of DIMENSION_IDS) expect(summary).toContain(flat(t(`instrument.sections.${dimension}.title`)));
    expect(summary).toContain(flat(t("benchmarks.chart.insufficient")));
    expect(summary).toContain(flat(t("benchmarks.chart.noReferenceFigure")));
  });
});
