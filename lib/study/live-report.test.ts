import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allItems } from "@/lib/questionnaire/lookup";
import { renderReport } from "@/lib/reports/render-report";
import { sampleReportData } from "@/lib/reports/sample-report";
import { buildLiveDataset, compareWithLiveDatasets } from "@/lib/scoring/live-items";

// The agency's PDF with both live cohorts beside the studies for every item: long parts flow over many
// pages (a fixed footer once grew without bound there), and each live figure is printed with its cohort.
describe("the report with item-level live figures", () => {
  it("renders every item's live figures, regional and overall, with the cohort's name", async () => {
    const data = sampleReportData("fr");
    const counts = {
      agencies: 6,
      totals: allItems.map((item) => ({ itemId: item.id, agencies: 6 })),
      options: [
        { itemId: "strategy.national", option: "fully_in_place", agencies: 4 },
        { itemId: "strategy.national", option: "not_planned", agencies: 2 },
        { itemId: "context.barriers", option: "silos", agencies: 3 },
      ],
    };
    const meta = { datasetVersion: "live", region: "LAC", year: 2026, source: "évaluations approuvées" };
    const regional = buildLiveDataset(counts, { ...meta, id: "live-lac", name: { en: "Live LAC", fr: "Cohorte en direct ALC", es: "ALC" } });
    const overall = buildLiveDataset(counts, { ...meta, id: "live-all", name: { en: "Live all", fr: "Cohorte en direct mondiale", es: "Todas" } });
    data.liveComparisons = compareWithLiveDatasets([regional, overall], data.answers, data.snapshot.scores.dimensions);

    const file = path.join(mkdtempSync(path.join(tmpdir(), "live-report-")), "report.pdf");
    writeFileSync(file, await renderReport(data));
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Cohorte en direct ALC");
    expect(text).toContain("Cohorte en direct mondiale");
    // strategy.national: 4 of 6 fully in place.
    expect(text).toMatch(/Oui, entièrement en place : 67/);
  }, 120_000);
});
