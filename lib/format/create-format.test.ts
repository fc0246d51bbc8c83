import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDimensionChart } from "@/lib/charts/dimension-chart";
import { LOCALES } from "@/lib/i18n/locales";
import { renderReport } from "@/lib/reports/render-report";
import { sampleReportData } from "@/lib/reports/sample-report";
import { createFormat } from "./create-format";

// A no-break space keeps "64" and "%" together in French and Spanish.
const NBSP = "\u00a0";

describe("createFormat", () => {
  it.each([
    ["en", { score: "67", level: "3.2", share: "64%", gap: "+12", negativeGap: "-3", levelGap: "+1.1", zeroGap: "0", date: "March 2, 2026" }],
    ["fr", { score: "67", level: "3,2", share: `64${NBSP}%`, gap: "+12", negativeGap: "-3", levelGap: "+1,1", zeroGap: "0", date: "2 mars 2026" }],
    ["es", { score: "67", level: "3,2", share: `64${NBSP}%`, gap: "+12", negativeGap: "-3", levelGap: "+1,1", zeroGap: "0", date: "2 de marzo de 2026" }],
  ] as const)("formats numbers, signed gaps, shares and dates the %s way", (locale, expected) => {
    const f = createFormat(locale);
    expect({
      score: f.score(66.67),
      level: f.level(3.2),
      share: f.share(0.6364),
      gap: f.gap(11.6),
      negativeGap: f.gap(-3.4),
      levelGap: f.levelGap(1.06),
      zeroGap: f.gap(-0.3),
      date: f.date(new Date("2026-03-02T23:30:00Z")),
    }).toEqual(expected);
  });

  it("never prints a signed zero", () => {
    for (const locale of LOCALES) {
      const f = createFormat(locale);
      expect([f.gap(0.4), f.gap(-0.4), f.levelGap(0.04), f.levelGap(-0.04)]).toEqual(["0", "0", f.level(0), f.level(0)]);
    }
  });
});

/** Files where a user-visible number could be printed: the results page, its components, the PDF, the chart. */
const DISPLAY_DIRS = ["components/results", "lib/reports", "lib/charts", "app/(respondent)/assessments/[assessmentId]/results"];
const AD_HOC_FORMATTING = /\.toFixed\(|\.toLocaleString\(|new Intl\.NumberFormat|new Intl\.DateTimeFormat|getFormatter\(|String\(Math\.round/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [file] : [];
  });
}

describe("one formatter for the page and the PDF", () => {
  it("no display file formats a number or a date by itself", () => {
    const offenders = DISPLAY_DIRS.flatMap((dir) => sourceFiles(path.join(process.cwd(), dir))).filter((file) =>
      AD_HOC_FORMATTING.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  const dir = mkdtempSync(path.join(tmpdir(), "format-"));
  for (const locale of LOCALES) {
    it(`the PDF prints the ${locale} chart labels the page draws from the same geometry`, { timeout: 120_000 }, async () => {
      const data = sampleReportData(locale);
      const f = createFormat(locale);
      const chart = buildDimensionChart(data.snapshot.scores, { format: f, width: 820, labelWidth: 330 });
      const file = path.join(dir, `${locale}.pdf`);
      writeFileSync(file, await renderReport(data));
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
      const labels = chart.rows.flatMap((row) => [row.bar?.valueLabel, row.reference?.valueLabel]).filter((label) => label !== undefined);
      expect(labels.length).toBeGreaterThan(5);
      for (const label of labels) expect(text).toContain(label);
      // The LAC strategy level and its gap, as the page prints them.
      const strategy = data.snapshot.scores.comparisons.find((c) => c.cohort.datasetId === "idb-lac-2022")!.dimensions.strategy.publishedLevel!;
      expect(text).toContain(f.level(strategy.level));
      expect(text).toContain(f.levelGap(strategy.gap!));
      if (locale !== "en") expect(text).not.toMatch(/\b3\.2\b/);
    });
  }
});
