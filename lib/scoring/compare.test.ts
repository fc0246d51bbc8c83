import { describe, expect, it } from "vitest";
import { getBuiltinDataset } from "@/lib/benchmarks/builtin";
import { datasetSchema } from "@/lib/benchmarks/dataset-schema";
import type { Answers } from "@/lib/questionnaire/types";
import { answersFor } from "./fixtures";
import { scoreAssessment } from "./score-assessment";

const ap = getBuiltinDataset("ilo-ap-2022", "2026.1");
const lac = getBuiltinDataset("idb-lac-2022", "2026.1");

const answers: Answers = {
  ...answersFor("strategy", [3, 3]),
  ...answersFor("back_office", [3, 2, 1, 0, "dk"]),
  ...answersFor("organisation", [0, "dk", "dk", null, null]),
  "context.barriers": { value: ["silos", "legal"] },
  "context.budget_digital": { value: "increased" },
};

const scores = scoreAssessment(answers, [ap, lac]);
const [apComparison, lacComparison] = scores.comparisons;
if (!apComparison || !lacComparison) throw new Error("two comparisons expected");

describe("comparison with the AP cohort (ILO 2022, n = 11)", () => {
  it("puts each barrier's cohort share beside the agency's tick, bounds where only a bound exists", () => {
    const figure = apComparison.items["context.barriers"]?.figure;
    if (figure?.kind !== "multi") throw new Error("multi expected");
    const byOption = Object.fromEntries(figure.options.map((o) => [o.option, o]));
    expect(byOption.silos).toEqual({ option: "silos", share: 0.6364, count: 7, bound: null, ticked: true });
    expect(byOption.financial_resources).toEqual({ option: "financial_resources", share: 0.6364, count: 7, bound: null, ticked: false });
    expect(byOption.knowledge_new_tech).toMatchObject({ share: 0.4545, count: 5, ticked: false });
    expect(byOption.legal).toEqual({ option: "legal", share: null, count: null, bound: "<= 5/11 (not in the top 8)", ticked: true });
    expect(byOption.none).toEqual({ option: "none", share: null, count: null, bound: null, ticked: false });
    expect(figure.options.map((o) => o.option).at(-1)).toBe("other");
    expect(figure.source).toBe("seed-deck-fr.txt, slide 'Principaux obstacles à la numérisation (8 premiers)'");
  });

  it("shows the digital budget distribution beside the agency's answer, without a mean", () => {
    const figure = apComparison.items["context.budget_digital"]?.figure;
    expect(figure).toMatchObject({
      kind: "distribution",
      scale: "budget",
      answer: "increased",
      cohortMeanItemScore: null,
      shareAtOrAbove: null,
      options: [
        { option: "decreased", share: 0.0909, count: 1, isAgencyAnswer: false },
        { option: "same", share: 0.5455, count: 6, isAgencyAnswer: false },
        { option: "increased", share: 0.3636, count: 4, isAgencyAnswer: true },
        { option: "dont_know", share: null, count: null, isAgencyAnswer: false },
      ],
    });
  });

  it("carries the cohort's name, year, n and source on every figure", () => {
    const expected = { datasetId: "ilo-ap-2022", datasetVersion: "2026.1", region: "AP", surveyYear: 2022, n: 11, nNote: null };
    expect(apComparison.items["context.budget_overall"]?.figure?.cohort).toMatchObject(expected);
    expect(apComparison.items["strategy.pes_digital"]?.statements[0]?.cohort).toMatchObject(expected);
    expect(apComparison.cohort.name.en).toBe("Asia-Pacific PES (ILO, 2022 survey)");
    expect(apComparison.cohort.source).toMatch(/^ILO \(2023\)/);
  });

  it("says 'no reference figure' (null) where the study gives none, and keeps statements as context", () => {
    expect(apComparison.items["strategy.national"]).toEqual({ itemId: "strategy.national", figure: null, statements: [] });
    const pesDigital = apComparison.items["strategy.pes_digital"];
    expect(pesDigital?.figure).toBeNull();
    expect(pesDigital?.statements).toHaveLength(1);
    expect(pesDigital?.statements[0]).toMatchObject({
      bound: "fully_in_place + in_development = 11/11",
      text: { en: "In 2022 all 11 PES had a digital strategy in one form or another.", es: null },
      source: "seed-deck-fr.txt, slide 'Rôle des technologies numériques au niveau stratégique'",
    });
    expect(apComparison.dimensions.strategy).toMatchObject({ basis: null, publishedLevel: null, itemDistributions: null });
    expect(apComparison.dimensions.analytics.statements[0]?.source).toBe("seed-deck-fr.txt, conclusion 4");
    expect(apComparison.items["context.budget_use"]).toEqual({ itemId: "context.budget_use", figure: null, statements: [] });
  });
});

describe("comparison with the LAC cohort (IDB 2022, n not published)", () => {
  it("compares the published level with the IDB-comparable level, gap with its sign", () => {
    // back_office: worked example, level 3.0 vs LAC 3.0 → gap 0.
    expect(lacComparison.dimensions.back_office).toMatchObject({
      basis: "published_level",
      publishedLevel: { level: 3, agencyLevel: 3, gap: 0, source: "https://strmnoticias.org/?p=757" },
      itemDistributions: null,
    });
    // strategy: 3, 3 → score 100, level 5.0 vs LAC 3.2 → +1.8.
    const strategy = lacComparison.dimensions.strategy.publishedLevel;
    expect(strategy?.level).toBe(3.2);
    expect(strategy?.gap).toBeCloseTo(1.8, 12);
  });

  it("keeps the cohort level for an insufficient dimension, without a gap", () => {
    expect(scores.dimensions.organisation.status).toBe("insufficient");
    expect(lacComparison.dimensions.organisation.publishedLevel).toMatchObject({ level: 2.4, agencyLevel: null, gap: null });
  });

  it("has no level for analytics and the youth dimensions", () => {
    expect(lacComparison.dimensions.analytics).toMatchObject({ basis: null, publishedLevel: null });
    expect(lacComparison.dimensions.youth_programmes.basis).toBeNull();
  });

  it("shows the OD strategy bound beside the agency's answer, and says n is not published", () => {
    expect(lacComparison.items["organisation.od_strategy"]?.figure).toMatchObject({ kind: "bound", bound: "fully_in_place = 0", answer: "not_planned" });
    expect(lacComparison.cohort).toMatchObject({ n: null, nNote: "not published in the sources found; the 2019 baseline covered 9 PES" });
  });
});

describe("comparison from item distributions (an imported dataset)", () => {
  const imported = datasetSchema.parse({
    id: "test-lac-2027",
    name: { en: "Test", fr: "Test", es: "Prueba" },
    region: "LAC",
    surveyYear: 2027,
    n: 20,
    source: "Test report",
    datasetVersion: "2027.1",
    items: {
      "strategy.national": { kind: "distribution", shares: { fully_in_place: 0.5, in_development: 0.25, concrete_plans: 0.25, not_planned: 0 }, source: "fig. 1" },
      "strategy.pes_digital": { kind: "distribution", shares: { fully_in_place: 0.4, not_planned: 0.4, dont_know: 0.2 }, source: "fig. 2" },
      "back_office.strategy": { kind: "distribution", shares: { fully_in_place: 1 }, source: "fig. 3" },
    },
    dimensions: { _meta: { scale: "1-5", source: "table 1" }, strategy: { level: 3 } },
  });
  const result = scoreAssessment(answersFor("strategy", [2, 3]), [imported]).comparisons[0];

  it("computes the cohort mean item score and the share at or above the agency's answer", () => {
    // national: (0.5 × 3 + 0.25 × 2 + 0.25 × 1 + 0 × 0) / 3 = 2.25 / 3 = 0.75; at or above 2 points: 0.5 + 0.25.
    expect(result?.items["strategy.national"]?.figure).toMatchObject({ cohortMeanItemScore: 0.75, shareAtOrAbove: 0.75 });
    // pes_digital: dont_know is left out of the mean: 0.4 × 3 / (3 × 0.8) = 0.5; at or above 3 points: 0.4.
    expect(result?.items["strategy.pes_digital"]?.figure).toMatchObject({ cohortMeanItemScore: 0.5, shareAtOrAbove: 0.4 });
  });

  it("prefers the item distributions when at least half the items have one, and keeps the level beside", () => {
    // cohort 100 × (0.75 + 0.5) / 2 = 62.5; agency 100 × 5 / 6 = 83.33; gap +20.83.
    const strategy = result?.dimensions.strategy;
    expect(strategy?.basis).toBe("item_distributions");
    expect(strategy?.itemDistributions).toMatchObject({ cohortScore: 62.5, itemsWithDistribution: 2, itemCount: 2, sources: ["fig. 1", "fig. 2"] });
    expect(strategy?.itemDistributions?.gap).toBeCloseTo(500 / 6 - 62.5, 12);
    expect(strategy?.publishedLevel).toMatchObject({ level: 3 });
  });

  it("gives no dimension figure when fewer than half the items have distributions (1 of 5)", () => {
    expect(result?.dimensions.back_office).toMatchObject({ basis: null, itemDistributions: null });
  });
});
