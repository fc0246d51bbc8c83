import { describe, expect, it } from "vitest";
import { getBuiltinDataset, getBuiltinDatasets } from "./builtin";
import { idbLac2022, iloAp2022, iloGlobal2020 } from "./builtin/2026.1/expected.fixture";

// Every figure of dataset version 2026.1 is pinned here (2026.2: builtin-2026-2.test.ts) with values written by hand (not read from the
// dataset files). A failing test means a figure changed: publish a new dataset version instead.

const AP_SOURCE_DECK = "seed-deck-fr.txt, slide 'Impact du COVID-19 sur les budgets des SPE'";

describe("built-in datasets, version 2026.1", () => {
  it("holds exactly the three cohorts, each validated by the dataset schema", () => {
    expect(getBuiltinDatasets("2026.1").map((d) => [d.id, d.datasetVersion])).toEqual([
      ["ilo-ap-2022", "2026.1"],
      ["idb-lac-2022", "2026.1"],
      ["ilo-global-2020", "2026.1"],
    ]);
  });

  it("copies every field of every dataset exactly (full pin)", () => {
    expect(getBuiltinDataset("ilo-ap-2022", "2026.1")).toEqual(iloAp2022);
    expect(getBuiltinDataset("idb-lac-2022", "2026.1")).toEqual(idbLac2022);
    expect(getBuiltinDataset("ilo-global-2020", "2026.1")).toEqual(iloGlobal2020);
  });
});

describe("ilo-ap-2022", () => {
  const ap = getBuiltinDataset("ilo-ap-2022", "2026.1");

  it("is 11 Asia-Pacific PES surveyed in 2022", () => {
    expect([ap.region, ap.surveyYear, ap.n, ap.nNote, ap.members?.length]).toEqual(["AP", 2022, 11, undefined, 11]);
    expect(ap.source).toMatch(/^ILO \(2023\), Technology in public employment services to promote youth employment/);
  });

  it.each([
    ["financial_resources", 0.6364, 7],
    ["silos", 0.6364, 7],
    ["digital_skills", 0.5455, 6],
    ["knowledge_current_tech", 0.5455, 6],
    ["inclusive_approaches", 0.4545, 5],
    ["it_interoperability", 0.4545, 5],
    ["integrated_processes", 0.4545, 5],
    ["knowledge_new_tech", 0.4545, 5],
  ])("barrier %s: share %f, count %i of 11", (option, share, count) => {
    const figure = ap.items?.["context.barriers"];
    if (figure?.kind !== "multi") throw new Error("barriers must be a multi figure");
    expect(figure.shares[option]).toBe(share);
    expect(figure.counts?.[option]).toBe(count);
    expect(Math.abs(count / 11 - share)).toBeLessThan(0.00005);
    expect(figure.source).toBe("seed-deck-fr.txt, slide 'Principaux obstacles à la numérisation (8 premiers)'");
  });

  it("bounds the barriers outside the top 8 and gives no share for them", () => {
    const figure = ap.items?.["context.barriers"];
    if (figure?.kind !== "multi") throw new Error("barriers must be a multi figure");
    expect(figure.bounds).toEqual({
      resistance: "<= 5/11 (not in the top 8)",
      staff_awareness: "<= 5/11 (not in the top 8)",
      legal: "<= 5/11 (not in the top 8)",
    });
    expect(Object.keys(figure.shares)).toHaveLength(8);
    expect(figure.shares.none).toBeUndefined();
  });

  it.each([
    ["context.budget_overall", { decreased: 0.1818, same: 0.5455, increased: 0.2727 }, { decreased: 2, same: 6, increased: 3 }],
    ["context.budget_digital", { decreased: 0.0909, same: 0.5455, increased: 0.3636 }, { decreased: 1, same: 6, increased: 4 }],
    ["context.budget_youth", { decreased: 0.1818, same: 0.5455, increased: 0.2727 }, { decreased: 2, same: 6, increased: 3 }],
  ])("%s distribution and counts", (itemId, shares, counts) => {
    const figure = ap.items?.[itemId];
    expect(figure).toMatchObject({ kind: "distribution", shares, counts, source: AP_SOURCE_DECK });
  });

  it("has statements on 5 items and 4 dimensions, no per-item distribution for scored items", () => {
    expect(ap.statements?.map((s) => s.item ?? s.dimension)).toEqual([
      "strategy.pes_digital",
      "organisation.od_strategy",
      "front_office.channel_analytics",
      "front_office.channel_strategy",
      "data.strategy",
      "organisation",
      "youth_front_office",
      "youth_innovation",
      "analytics",
    ]);
    expect(ap.statements?.map((s) => s.bound ?? null)).toEqual([
      "fully_in_place + in_development = 11/11",
      "3/11 have one (fully in place or in development); 8/11 do not",
      "about 3/11",
      "fully_in_place <= 5/11",
      "fully_in_place <= 5/11",
      "share focusing on each <= 5/11",
      null,
      null,
      null,
    ]);
    expect(ap.statements?.every((s) => s.fr !== undefined && s.es === undefined)).toBe(true);
    expect(Object.keys(ap.items ?? {})).toEqual([
      "context.barriers",
      "context.budget_overall",
      "context.budget_digital",
      "context.budget_youth",
    ]);
    expect(ap.dimensions).toBeUndefined();
  });
});

describe("idb-lac-2022", () => {
  const lac = getBuiltinDataset("idb-lac-2022", "2026.1");

  it("does not publish n, and says so", () => {
    expect([lac.region, lac.surveyYear, lac.n]).toEqual(["LAC", 2022, null]);
    expect(lac.nNote).toBe("not published in the sources found; the 2019 baseline covered 9 PES");
  });

  it("publishes mean 1–5 levels for 5 dimensions only, from a secondary source", () => {
    const { _meta, ...levels } = lac.dimensions ?? { _meta: undefined };
    expect(levels).toEqual({
      strategy: { level: 3.2 },
      back_office: { level: 3.0 },
      front_office: { level: 2.6 },
      data: { level: 3.0 },
      organisation: { level: 2.4 },
    });
    expect(_meta?.source).toBe("https://strmnoticias.org/?p=757");
    expect(_meta?.confidence).toMatch(/^as reported by a secondary source/);
    expect(lac.dimensions?.analytics).toBeUndefined();
    expect(lac.dimensions?.youth_programmes).toBeUndefined();
  });

  it("bounds the OD strategy and culture change", () => {
    expect(lac.items).toEqual({
      "organisation.od_strategy": {
        kind: "bound",
        bound: "fully_in_place = 0",
        source: "seed-deck-fr.txt, LAC conclusions ('Aucun SPE ne dispose d'une stratégie de développement organisationnel')",
      },
      "organisation.culture_change": {
        kind: "bound",
        bound: "fully_in_place + in_development < 10%",
        source: "seed-deck-fr.txt, LAC conclusions ('moins de 10 % ont des programmes axés sur le changement culturel')",
      },
    });
  });

  it("keeps the single Spanish-only statement without inventing English-source translations", () => {
    const last = lac.statements?.at(-1);
    expect(last).toMatchObject({ dimension: "front_office", es: "Los front offices no son tan digitales como sus back offices." });
    expect(last?.fr).toBeUndefined();
    expect(lac.statements).toHaveLength(6);
  });
});

describe("ilo-global-2020", () => {
  const global = getBuiltinDataset("ilo-global-2020", "2026.1");

  it("is 69 PES in 64 countries, statements only", () => {
    expect([global.region, global.surveyYear, global.n, global.nNote]).toEqual(["GLOBAL", 2020, 69, "69 PES in 64 countries"]);
    expect(global.items).toBeUndefined();
    expect(global.dimensions).toBeUndefined();
    expect(global.statements?.map((s) => [s.item ?? s.dimension, s.fr, s.es])).toEqual([
      ["front_office", undefined, undefined],
      ["context.drivers", undefined, undefined],
    ]);
  });
});

describe("built-in datasets in memory", () => {
  it("cannot be altered by a caller", () => {
    const ap = getBuiltinDataset("ilo-ap-2022", "2026.1");
    const figure = ap.items?.["context.budget_overall"];
    if (figure?.kind !== "distribution") throw new Error("distribution expected");
    expect(() => {
      figure.shares.same = 0.9;
    }).toThrow(TypeError);
    expect(getBuiltinDataset("ilo-ap-2022", "2026.1").items?.["context.budget_overall"]).toMatchObject({ shares: { same: 0.5455 } });
  });
});
