import { describe, expect, it } from "vitest";
import { getBuiltinDataset, getBuiltinDatasets } from "./builtin";
import { idbLac2022, iloAp2022, iloGlobal2020 } from "./builtin/2026.2/expected.fixture";
import { legacyBound, legacyCitation } from "./legacy-2026-1";

// Dataset version 2026.2 pinned like 2026.1 (builtin.test.ts): the same figures, plus what users read instead
// of the working notes (citations.md). A failing test means a figure or a wording changed: publish a new version.

const AP_BARRIERS = { key: "ilo-ap-2023-presentation", topic: "barriers_top8" };
const AP_BUDGETS = { key: "ilo-ap-2023-presentation", topic: "covid_budgets" };
const LAC_TEXT = { key: "idb-lac-2023", topic: "lac_comparison" };

describe("built-in datasets, version 2026.2", () => {
  it("is the version new submissions use, and 2026.1 stays", () => {
    expect(getBuiltinDatasets().map((d) => [d.id, d.datasetVersion])).toEqual([
      ["ilo-ap-2022", "2026.2"],
      ["idb-lac-2022", "2026.2"],
      ["ilo-global-2020", "2026.2"],
    ]);
    expect(getBuiltinDatasets("2026.1").map((d) => d.datasetVersion)).toEqual(["2026.1", "2026.1", "2026.1"]);
  });

  it("copies every field of every dataset exactly (full pin)", () => {
    expect(getBuiltinDataset("ilo-ap-2022", "2026.2")).toEqual(iloAp2022);
    expect(getBuiltinDataset("idb-lac-2022", "2026.2")).toEqual(idbLac2022);
    expect(getBuiltinDataset("ilo-global-2020", "2026.2")).toEqual(iloGlobal2020);
  });

  it("keeps every figure of 2026.1 unchanged (shares, counts, levels, n)", () => {
    for (const id of ["ilo-ap-2022", "idb-lac-2022", "ilo-global-2020"] as const) {
      const [before, after] = [getBuiltinDataset(id, "2026.1"), getBuiltinDataset(id, "2026.2")];
      expect([after.n, after.surveyYear, after.region, after.members]).toEqual([before.n, before.surveyYear, before.region, before.members]);
      expect(after.dimensions ? Object.entries(after.dimensions).filter(([k]) => k !== "_meta") : []).toEqual(
        before.dimensions ? Object.entries(before.dimensions).filter(([k]) => k !== "_meta") : [],
      );
      for (const [itemId, figure] of Object.entries(before.items ?? {})) {
        const next = after.items?.[itemId];
        expect(next?.kind, itemId).toBe(figure.kind);
        if (figure.kind !== "bound" && next?.kind !== "bound") expect([next?.shares, next?.counts], itemId).toEqual([figure.shares, figure.counts]);
      }
      expect(after.statements?.map((s) => s.en)).toEqual(before.statements?.map((s) => s.en));
    }
  });

  it("AP: barrier shares are exact counts of 11, cited to the presentation's chart; the three others are bounded", () => {
    const figure = getBuiltinDataset("ilo-ap-2022").items?.["context.barriers"];
    if (figure?.kind !== "multi") throw new Error("multi expected");
    expect(figure.counts).toEqual({
      financial_resources: 7,
      silos: 7,
      digital_skills: 6,
      knowledge_current_tech: 6,
      inclusive_approaches: 5,
      it_interoperability: 5,
      integrated_processes: 5,
      knowledge_new_tech: 5,
    });
    expect([figure.citation, figure.exactness]).toEqual([AP_BARRIERS, "exact_counts"]);
    const atMostFive = { comparison: "le", value: 5, unit: "pes", of: 11, note: "not_in_top_8" };
    expect(figure.bounds).toEqual({ resistance: atMostFive, staff_awareness: atMostFive, legal: atMostFive });
    for (const id of ["context.budget_overall", "context.budget_digital", "context.budget_youth"]) {
      expect(getBuiltinDataset("ilo-ap-2022").items?.[id]).toMatchObject({ citation: AP_BUDGETS, exactness: "exact_counts" });
    }
  });

  it("AP statements: French original, English and Spanish translations, bounds as data", () => {
    const statements = getBuiltinDataset("ilo-ap-2022").statements ?? [];
    expect(statements.map((s) => [s.item ?? s.dimension, s.bound ?? null, s.citation?.topic])).toEqual([
      ["strategy.pes_digital", { comparison: "eq", value: 11, unit: "pes", of: 11, options: ["fully_in_place", "in_development"] }, "strategy_role"],
      ["organisation.od_strategy", { comparison: "eq", value: 3, unit: "pes", of: 11, options: ["fully_in_place", "in_development"] }, "organisation_role"],
      ["front_office.channel_analytics", { comparison: "about", value: 3, unit: "pes", of: 11 }, "front_office_role"],
      ["front_office.channel_strategy", { comparison: "le", value: 5, unit: "pes", of: 11, options: ["fully_in_place"] }, "front_office_role"],
      ["data.strategy", { comparison: "le", value: 5, unit: "pes", of: 11, options: ["fully_in_place"] }, "data_role"],
      ["organisation", { comparison: "le", value: 5, unit: "pes", of: 11, note: "each" }, "organisation_role"],
      ["youth_front_office", null, "youth_front_office"],
      ["youth_innovation", null, "conclusions"],
      ["analytics", null, "conclusions"],
    ]);
    expect(statements.every((s) => s.originalLanguage === "fr" && s.fr && s.es && s.citation?.key === "ilo-ap-2023-presentation")).toBe(true);
    expect(statements[0]?.es).toBe("En 2022, todos los SPE participantes disponían de una estrategia digital de una u otra forma.");
  });

  it("LAC: levels cited to the IDB as reported, bounds in percent, one Spanish original", () => {
    const lac = getBuiltinDataset("idb-lac-2022");
    expect(lac.citation).toEqual({ key: "idb-lac-2023" });
    expect(lac.dimensions?._meta).toMatchObject({ citation: { key: "idb-lac-2023-levels" }, exactness: "reported_mean" });
    expect(lac.items?.["organisation.od_strategy"]).toMatchObject({
      bound: { comparison: "eq", value: 0, unit: "percent", options: ["fully_in_place"] },
      citation: LAC_TEXT,
    });
    expect(lac.items?.["organisation.culture_change"]).toMatchObject({
      bound: { comparison: "lt", value: 10, unit: "percent", options: ["fully_in_place", "in_development"] },
    });
    expect(lac.statements?.map((s) => s.originalLanguage)).toEqual(["fr", "fr", "fr", "fr", "fr", "es"]);
    expect(lac.statements?.at(-1)).toMatchObject({
      es: "Los front offices no son tan digitales como sus back offices.",
      citation: { key: "idb-lac-2023-levels" },
    });
    expect(lac.nNoteText?.es).toBe("la línea de base de 2019 abarcó 9 SPE");
  });

  it("Global: English originals translated, cited to the ILO 2020 brief", () => {
    const global = getBuiltinDataset("ilo-global-2020");
    expect(global.citation).toEqual({ key: "ilo-global-2022" });
    expect(global.statements?.map((s) => [s.originalLanguage, s.citation?.key, Boolean(s.fr && s.es)])).toEqual([
      ["en", "ilo-2020-brief", true],
      ["en", "ilo-2020-brief", true],
    ]);
  });

  it("every statement exists in English, French and Spanish; no user-facing text names a file or a slide", () => {
    for (const dataset of getBuiltinDatasets()) {
      for (const statement of dataset.statements ?? []) expect([statement.en, statement.fr, statement.es].every(Boolean)).toBe(true);
      const shown = JSON.stringify([dataset.statements?.map((s) => [s.en, s.fr, s.es]), dataset.unavailableText, dataset.nNoteText]);
      expect(shown).not.toMatch(/seed-deck|slide|garbled|\.txt/i);
    }
  });
});

describe("reports made with 2026.1 read like 2026.2", () => {
  it("maps every 2026.1 source and bound to what 2026.2 says for the same figure", () => {
    for (const id of ["ilo-ap-2022", "idb-lac-2022", "ilo-global-2020"] as const) {
      const [before, after] = [getBuiltinDataset(id, "2026.1"), getBuiltinDataset(id, "2026.2")];
      expect(legacyCitation(before.source), id).toEqual(after.citation);
      for (const [itemId, figure] of Object.entries(before.items ?? {})) {
        const next = after.items?.[itemId];
        expect(legacyCitation(figure.source), itemId).toEqual(next?.citation);
        if (figure.kind === "bound" && next?.kind === "bound") expect(legacyBound(figure.bound as string)).toEqual(next.bound);
        if (figure.kind === "multi" && next?.kind === "multi") {
          for (const [option, bound] of Object.entries(figure.bounds ?? {})) expect(legacyBound(bound as string)).toEqual(next.bounds?.[option]);
        }
      }
      (before.statements ?? []).forEach((statement, index) => {
        const next = after.statements?.[index];
        expect(legacyCitation(statement.source), statement.en).toEqual(next?.citation);
        expect(statement.bound === undefined ? undefined : legacyBound(statement.bound as string)).toEqual(next?.bound);
      });
      if (before.dimensions?._meta) expect(legacyCitation(before.dimensions._meta.source)).toEqual(after.dimensions?._meta.citation);
    }
  });
});
