import { describe, expect, it } from "vitest";
import { createFormat } from "@/lib/format/create-format";
import type { Locale } from "@/lib/i18n/locales";
import { createReportTranslator } from "@/lib/reports/translator";
import type { BoundSpec } from "./citation-schema";
import { createCitationDisplay } from "./citation-display";
import { boundText, citationText, exactnessText, sourceLine } from "./citations";

function display(locale: Locale) {
  return createCitationDisplay(locale, createReportTranslator(locale), createFormat(locale).share);
}

const ALL_OR_DEV: BoundSpec = { comparison: "eq", value: 11, unit: "pes", of: 11, options: ["fully_in_place", "in_development"] };
const NOT_TOP_8: BoundSpec = { comparison: "le", value: 5, unit: "pes", of: 11, note: "not_in_top_8" };
const UNDER_10: BoundSpec = { comparison: "lt", value: 10, unit: "percent", options: ["fully_in_place", "in_development"] };

describe("bounds read as sentences from the option labels (citations.md)", () => {
  it.each([
    ["en", ALL_OR_DEV, "All 11 PES: fully in place or in development."],
    ["en", NOT_TOP_8, "At most 5 of 11 PES (not among the 8 most cited barriers)."],
    ["en", UNDER_10, "Fewer than 10% of PES: fully in place or in development."],
    ["fr", ALL_OR_DEV, "Les 11 SPE : entièrement en place ou en cours de développement."],
    ["fr", UNDER_10, "Moins de 10 % des SPE : entièrement en place ou en cours de développement."],
    ["es", NOT_TOP_8, "Como máximo 5 de 11 SPE (fuera de los 8 obstáculos más citados)."],
  ] as const)("%s: %j", (locale, bound, expected) => {
    expect(boundText(bound, "strategy.pes_digital", display(locale)).replace(/\u202f|\u00a0/g, " ")).toBe(expected);
  });

  it("reads the 2026.1 bound texts the same way, and no raw option id is left", () => {
    for (const locale of ["en", "fr", "es"] as const) {
      const text = boundText("fully_in_place + in_development = 11/11", "strategy.pes_digital", display(locale));
      expect(text).toBe(boundText(ALL_OR_DEV, "strategy.pes_digital", display(locale)));
      expect(text).not.toMatch(/[a-z]+_[a-z_]+/);
    }
  });
});

describe("citations in the reader's language", () => {
  it("cites the presentation's chart, never the working file", () => {
    const cohort = { source: "ILO (2023), Technology in public employment services…", n: 11 };
    const figure = { cohort, source: "seed-deck-fr.txt, slide 'Principaux obstacles à la numérisation (8 premiers)'" };
    expect(sourceLine(figure, display("fr"))).toBe(
      "Source : OIT (2023), présentation des résultats de l’enquête auprès de 11 SPE d’Asie-Pacifique (2022), graphique : principaux obstacles à la numérisation (8 premiers)",
    );
    expect(citationText({ key: "idb-lac-2023" }, display("es"))).toBe(
      "BID (2023), La transformación digital de los servicios públicos de empleo en América Latina y el Caribe",
    );
  });

  it("says how exact a figure is in plain words", () => {
    expect(exactnessText("exact_counts", 11, display("en"))).toBe("Exact: each share is a count of the 11 PES.");
    expect(exactnessText("study_text", 11, display("es"))).toBe("Según el texto del estudio; no se publicó ninguna cifra exacta.");
  });
});
