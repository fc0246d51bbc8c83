import { describe, expect, it } from "vitest";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { answersAll } from "./fixtures";
import { SCORING_MODEL_VERSION, scoreAssessment } from "./score-assessment";

const datasets = getBuiltinDatasets();

describe("scoreAssessment", () => {
  it("all best answers → 100 everywhere, Leading, level 5", () => {
    const scores = scoreAssessment(answersAll(3), datasets);
    for (const id of DIMENSION_IDS) {
      expect(scores.dimensions[id]).toMatchObject({ score: 100, status: "scored", stage: "leading", idbLevel: 5 });
    }
    expect(scores.indices.digital_maturity).toMatchObject({ value: 100, stage: "leading", dimensionsScored: 6 });
    expect(scores.indices.youth_readiness).toMatchObject({ value: 100, stage: "leading", dimensionsScored: 4 });
  });

  it("all worst answers → 0 everywhere (scored, not missing), Initial, level 1", () => {
    const scores = scoreAssessment(answersAll(0), datasets);
    for (const id of DIMENSION_IDS) {
      expect(scores.dimensions[id]).toMatchObject({ score: 0, status: "scored", stage: "initial", idbLevel: 1 });
    }
    expect(scores.indices.digital_maturity).toMatchObject({ value: 0, stage: "initial" });
    expect(scores.indices.youth_readiness).toMatchObject({ value: 0, stage: "initial" });
  });

  it("no answers → every dimension insufficient and both indices null", () => {
    const scores = scoreAssessment({}, datasets);
    expect(Object.values(scores.dimensions).every((d) => d.status === "insufficient" && d.score === null)).toBe(true);
    expect(scores.indices.digital_maturity).toMatchObject({ value: null, stage: null, dimensionsScored: 0 });
  });

  it("records the versions it was computed with", () => {
    const scores = scoreAssessment({}, datasets);
    expect(SCORING_MODEL_VERSION).toBe("2026.1");
    expect(scores.scoringModelVersion).toBe("2026.1");
    expect(scores.instrumentVersion).toBe("2026.1");
    expect(scores.datasetVersions).toEqual({ "ilo-ap-2022": "2026.2", "idb-lac-2022": "2026.2", "ilo-global-2020": "2026.2" });
    expect(scores.comparisons.map((c) => c.cohort.datasetId)).toEqual(["ilo-ap-2022", "idb-lac-2022", "ilo-global-2020"]);
  });

  it("is plain JSON: a stored snapshot reads back identical", () => {
    const scores = scoreAssessment(answersAll(2), datasets);
    expect(JSON.parse(JSON.stringify(scores))).toEqual(scores);
  });

  it("refuses two versions of one dataset in a single comparison", () => {
    const [first] = datasets;
    if (!first) throw new Error("datasets expected");
    expect(() => scoreAssessment({}, [first, { ...first, datasetVersion: "2027.1" }])).toThrow(/twice/);
  });
});
