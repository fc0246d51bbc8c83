import { execFileSync } from "node:child_process";
import idbLac from "@/lib/benchmarks/builtin/2026.2/idb-lac-2022.json";
import iloAp from "@/lib/benchmarks/builtin/2026.2/ilo-ap-2022.json";
import iloGlobal from "@/lib/benchmarks/builtin/2026.2/ilo-global-2020.json";
import enBenchmarks from "@/lib/i18n/messages/en/benchmarks.json";
import esBenchmarks from "@/lib/i18n/messages/es/benchmarks.json";
import frBenchmarks from "@/lib/i18n/messages/fr/benchmarks.json";
import enInstrument from "@/lib/i18n/messages/en/instrument.json";
import enReport from "@/lib/i18n/messages/en/report.json";
import esInstrument from "@/lib/i18n/messages/es/instrument.json";
import esReport from "@/lib/i18n/messages/es/report.json";
import frInstrument from "@/lib/i18n/messages/fr/instrument.json";
import frReport from "@/lib/i18n/messages/fr/report.json";
import { dimensionItems } from "@/lib/questionnaire/lookup";
import type { Answers, DimensionId } from "@/lib/questionnaire/types";
import { expect, signInAs, test } from "./fixtures";
import { createAgencyWithRespondent, createAssessment, type TestAgency, type TestUser } from "./support/data";

const ROUND = 2031;

/** The answer profile as points per scored item ("dk": don't know), in instrument order. */
type Points = 0 | 1 | 2 | 3 | "dk";
const PROFILE: Record<DimensionId, Points[]> = {
  strategy: [3, 2],
  back_office: [3, 2, 1, 0, "dk"],
  front_office: [2, 1, 3, 0],
  data: [1, 0, 3, 2, 1],
  analytics: [1, 0, 0],
  organisation: [1, 2, 2, 1, 0],
  youth_programmes: [3, 2, 1, 2],
  youth_front_office: [3, 2, 1, 0, "dk"],
  youth_innovation: [1, 2, 3, 0, 0],
  youth_back_office: [2, 1, 1, 0],
};
const OPTION = {
  status: { 3: "fully_in_place", 2: "in_development", 1: "concrete_plans", 0: "not_planned", dk: "dont_know" },
  adoption: { 3: "in_production", 2: "pre_production", 1: "pilot", 0: "no_project", dk: "dont_know" },
} as const;

function answersOf(): Answers {
  const answers: Answers = {
    "context.barriers": { value: ["financial_resources", "silos", "legal"] },
    "context.budget_digital": { value: "increased" },
  };
  for (const [dimension, points] of Object.entries(PROFILE) as [DimensionId, Points[]][]) {
    dimensionItems(dimension).forEach((item, index) => {
      answers[item.id] = { value: OPTION[item.kind][points[index]!] };
    });
  }
  return answers;
}

/** The method's arithmetic (methodology §2–3), written out here rather than taken from the engine. */
function expectedIndex(dimensions: DimensionId[]): number {
  const scores = dimensions.map((dimension) => {
    const withPoints = PROFILE[dimension].filter((p): p is 0 | 1 | 2 | 3 => p !== "dk");
    return (100 * withPoints.reduce<number>((sum, p) => sum + p, 0)) / (3 * withPoints.length);
  });
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}
const DIGITAL = expectedIndex(["strategy", "back_office", "front_office", "data", "analytics", "organisation"]);
const YOUTH = expectedIndex(["youth_programmes", "youth_front_office", "youth_innovation", "youth_back_office"]);

const CATALOGUES = {
  en: { report: enReport.report, instrument: enInstrument.instrument },
  fr: { report: frReport.report, instrument: frInstrument.instrument },
  es: { report: esReport.report, instrument: esInstrument.instrument },
};

function headingsOf(locale: keyof typeof CATALOGUES): string[] {
  const { report, instrument } = CATALOGUES[locale];
  const h = report.headings;
  const parts = (["part1", "part2", "part3"] as const).map((id, index) =>
    h.part.replace("{number}", String(index + 1)).replace("{title}", instrument.parts[id].title),
  );
  return [h.summary, h.howToRead, ...parts, h.context, h.recommendations, h.annex, h.methodology, h.sources];
}

const normalise = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");

let assessmentId = "";
let agency: TestAgency;
let respondent: TestUser;

// Per worker: an agency of its own (a Spanish name, in LAC) with a submitted assessment and its snapshot.
test.beforeAll(async () => {
  ({ agency, respondent } = await createAgencyWithRespondent({ name: "Servicio Nacional de Empleo (SNE)", countryCode: "MX", region: "LAC" }));
  assessmentId = await createAssessment({
    agencyId: agency.id,
    createdById: respondent.id,
    round: ROUND,
    status: "SUBMITTED",
    answers: answersOf(),
    comments: { strategy: "Comentario de prueba sobre la estrategia." },
  });
});

test.describe("benchmark PDF report", () => {
  for (const locale of ["en", "fr", "es"] as const) {
    test(`the agency's respondent downloads the report in ${locale}`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await signInAs(page, respondent, "en");
      // The download links of the assessments list (components/reports/download-report-links.tsx).
      await page.goto("/assessments");
      const link = page.getByTestId(`assessment-${ROUND}`).locator(`a[download][href$="/pdf?lang=${locale}"]`);
      const downloadEvent = page.waitForEvent("download", { timeout: 90_000 });
      await link.click();
      const download = await downloadEvent;
      // The browser takes the UTF-8 `filename*` (RFC 6266) over the ASCII fallback.
      expect(download.suggestedFilename()).toBe(`${agency.name} - ${ROUND} - ${locale}.pdf`);
      const file = testInfo.outputPath(`report-${locale}.pdf`);
      await download.saveAs(file);

      const text = normalise(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
      expect(text).toContain(agency.name);
      expect(text).toContain(`${Math.round(DIGITAL)} / 100`);
      expect(text).toContain(`${Math.round(YOUTH)} / 100`);
      for (const heading of headingsOf(locale)) expect(text, heading).toContain(normalise(heading));
      // Each study is cited in the report's language; the datasets' working notes (source) never appear.
      const studies = { en: enBenchmarks, fr: frBenchmarks, es: esBenchmarks }[locale].benchmarks.cite.studies;
      for (const dataset of [iloAp, idbLac, iloGlobal]) {
        expect(text, dataset.id).toContain(normalise(studies[dataset.citation.key as keyof typeof studies]));
        expect(text, dataset.id).not.toContain(normalise(dataset.source));
      }
      expect(text).not.toContain("seed-deck-fr.txt");

      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    });
  }

  test("another agency's respondent and a signed-out request cannot get the report", async ({ page, playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const signedOut = await anonymous.get(`/api/reports/${assessmentId}/pdf?lang=en`);
    expect(signedOut.status()).toBe(401);
    expect(signedOut.headers()["content-type"]).not.toContain("application/pdf");
    await anonymous.dispose();

    await signInAs(page, (await createAgencyWithRespondent({ countryCode: "TH", region: "AP" })).respondent, "en");
    const other = await page.request.get(`/api/reports/${assessmentId}/pdf?lang=en`);
    expect([403, 404]).toContain(other.status());
    expect(other.headers()["content-type"]).not.toContain("application/pdf");
  });

  test("a draft has no report, with a message saying why", async ({ page }) => {
    const draftId = await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: ROUND + 1, answers: answersOf() });
    await signInAs(page, respondent, "en");
    const response = await page.request.get(`/api/reports/${draftId}/pdf?lang=fr`);
    expect(response.status()).toBe(409);
    expect((await response.json()).error).toBe(frReport.report.errors.draft);
  });
});
