import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getBuiltinDatasets, type BuiltinDatasetVersion } from "@/lib/benchmarks/builtin";
import enBenchmarks from "@/lib/i18n/messages/en/benchmarks.json";
import type { Answers } from "@/lib/questionnaire/types";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { renderReport } from "./render-report";
import { SAMPLE_ANSWERS, sampleReportData } from "./sample-report";

/**
 * The French and Spanish reports, read back from the real PDF with pdftotext, hold no English dataset text,
 * no working note, no raw option id and no "in English" marker, and their counts agree in number. The
 * profile triggers every statement, bound and note: every item is answered (so every dataset's statements
 * and bounds are printed), advanced analytics has too few answers with points (the "not scored" note,
 * "0 points on 1 question"), the agency is in Africa (the note on comparing outside the studied regions),
 * and the LAC cohort's n is not published (its note). Reports made with dataset version 2026.1 must read
 * the same way, from the citations and translations of 2026.2.
 */

const PROFILE: Answers = {
  ...SAMPLE_ANSWERS,
  "analytics.ai": { value: "dont_know" },
  "analytics.ml": { value: "dont_know" },
  "analytics.dl": { value: "no_project" },
};

const dir = mkdtempSync(path.join(tmpdir(), "report-language-"));

async function reportText(locale: "fr" | "es", version: BuiltinDatasetVersion): Promise<string> {
  const data = sampleReportData(locale, "Agence nationale pour la promotion de l'emploi des jeunes");
  const scores = scoreAssessment(PROFILE, getBuiltinDatasets(version));
  const pdf = await renderReport({ ...data, agency: { ...data.agency, countryCode: "SN", region: "AFRICA" }, answers: PROFILE, snapshot: { ...data.snapshot, scores } });
  const file = path.join(dir, `${locale}-${version}.pdf`);
  writeFileSync(file, pdf);
  // pdftotext breaks lines and hyphenates nothing here; whitespace is folded so phrases match across lines.
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
}

/** The first words of a text: enough to recognise it, short enough not to straddle a page break. */
function opening(text: string): string {
  return text.split(" ").slice(0, 6).join(" ");
}

/** Every English sentence a dataset shows users, in both versions, and the working notes of 2026.1. */
const ENGLISH_DATASET_TEXT = [...getBuiltinDatasets("2026.1"), ...getBuiltinDatasets("2026.2")].flatMap((dataset) => [
  ...(dataset.statements ?? []).map((statement) => statement.en),
  ...[dataset.unavailableText?.en, dataset.nNoteText?.en, dataset.dimensions?._meta.scaleText?.en].filter((text): text is string => Boolean(text)),
]);
const WORKING_NOTES = [
  "seed-deck",
  "slide '",
  "Confidence",
  "exact values",
  "labels matched",
  "garbled",
  "not published in the sources found",
  "(not in the top 8)",
  "not yet checked",
  "strmnoticias.org/?p=757 ;",
];
const ENGLISH_CATALOGUE = [
  ...Object.values(enBenchmarks.benchmarks.cite.exactness),
  enBenchmarks.benchmarks.framing.outsideRegion,
  "Source:",
  "Exact:",
  "From the study",
  "No reference figure",
];
const MARKERS = ["(en anglais", "(en inglés", "(in English", "Affiché en anglais", "Se muestra en inglés"];

describe.each(["2026.2", "2026.1"] as const)("report made with datasets %s", (version) => {
  describe.each(["fr", "es"] as const)("in %s", (locale) => {
    let text = "";

    it("renders", { timeout: 120_000 }, async () => {
      text = await reportText(locale, version);
      expect(text.length).toBeGreaterThan(5000);
    });

    it("holds no English dataset sentence, no working note, no English phrase of the catalogue", () => {
      for (const sentence of ENGLISH_DATASET_TEXT) expect(text, sentence).not.toContain(opening(sentence));
      for (const note of WORKING_NOTES) expect(text, note).not.toContain(note);
      for (const phrase of ENGLISH_CATALOGUE) expect(text, phrase).not.toContain(opening(phrase));
      expect(text).not.toMatch(/\bPES\b/);
    });

    it("holds no raw option id and no 'in English' marker", () => {
      expect(text.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? []).toEqual([]);
      for (const marker of MARKERS) expect(text, marker).not.toContain(marker);
    });

    it("cites the studies, says how exact figures are, and reads bounds as sentences", () => {
      const expected =
        locale === "fr"
          ? ["Source : OIT (2023)", "Exact : chaque part est un nombre de SPE sur 11.", "Les 11 SPE : entièrement en place ou en cours de développement.", "Au plus 5 SPE sur 11 (hors des 8 obstacles les plus cités)."]
          : ["Fuente: OIT (2023)", "Exacto: cada proporción es un recuento de los 11 SPE.", "Los 11 SPE: plenamente implementado o en desarrollo.", "Como máximo 5 de 11 SPE (fuera de los 8 obstáculos más citados)."];
      for (const phrase of expected) expect(text, phrase).toContain(phrase);
    });

    it("frames the comparison for an African agency and says why a dimension is not scored", () => {
      expect(text).toContain(locale === "fr" ? "Région de votre agence : Afrique." : "Región de su agencia: África.");
      expect(text).toContain(locale === "fr" ? "Une dimension n’a pas de score" : "Una dimensión no tiene puntuación");
    });

    it("agrees counts in number and spaces French punctuation", () => {
      expect(text).toContain(locale === "fr" ? "0 point sur 1 question ayant des points" : "0 puntos en 1 pregunta con puntos");
      expect(text).not.toMatch(/\b1 (points|puntos|questions|preguntas)\b/);
      if (locale === "fr") {
        expect(text).not.toMatch(/\bScore:/);
        expect(text).toContain("Score : ");
        expect(text).not.toContain("Pas de chiffre de référence");
      }
    });
  });
});
