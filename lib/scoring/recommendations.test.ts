import { describe, expect, it } from "vitest";
import { answersAll, answersFor } from "./fixtures";
import { RECOMMENDATIONS, recommendationsFor, recommendationsOf } from "./recommendations";
import { scoreAssessment } from "./score-assessment";

describe("recommendations (method §6)", () => {
  it("maps the nine conclusions to dimensions as in cohorts.md", () => {
    expect(RECOMMENDATIONS.map((r) => r.conclusion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(recommendationsOf("strategy")).toEqual(["targeted_approaches", "beyond_digitising"]);
    expect(recommendationsOf("back_office")).toEqual(["beyond_digitising", "integration_partnerships"]);
    expect(recommendationsOf("organisation")).toEqual(["beyond_digitising", "organisational_change"]);
    expect(recommendationsOf("data")).toEqual(["analytics_foundation"]);
    expect(recommendationsOf("analytics")).toEqual(["analytics_foundation"]);
    expect(recommendationsOf("front_office")).toEqual([]);
    expect(recommendationsOf("youth_programmes")).toEqual(["youth_targeting", "integration_partnerships"]);
    expect(recommendationsOf("youth_front_office")).toEqual(["youth_channels"]);
    expect(recommendationsOf("youth_innovation")).toEqual(["youth_innovation"]);
    expect(recommendationsOf("youth_back_office")).toEqual(["integration_partnerships", "youth_back_office"]);
  });

  it("gives, for each scored dimension below Advanced, its recommendations and next-stage key", () => {
    const scores = scoreAssessment(
      {
        ...answersFor("back_office", [3, 2, 1, 0, "dk"]), // 50, Developing
        ...answersFor("strategy", [3, 3]), // 100, Leading: nothing
        ...answersFor("organisation", [3, 3, 3, 0, 0]), // exactly 60, Advanced: nothing
        ...answersFor("youth_back_office", [0, 0, 1, 0]), // 8.3, Initial
        ...answersFor("data", [0, "dk", "dk", null, null]), // insufficient: nothing
      },
      [],
    );
    expect(recommendationsFor(scores)).toEqual([
      {
        dimension: "back_office",
        isYouthDimension: false,
        stage: "developing",
        nextStage: "advanced",
        nextStageKey: "nextStage.back_office.advanced",
        recommendationIds: ["beyond_digitising", "integration_partnerships"],
        youthRecommendationIds: [],
      },
      {
        dimension: "youth_back_office",
        isYouthDimension: true,
        stage: "initial",
        nextStage: "emerging",
        nextStageKey: "nextStage.youth_back_office.emerging",
        recommendationIds: ["integration_partnerships", "youth_back_office"],
        youthRecommendationIds: ["youth_back_office"],
      },
    ]);
  });

  it("gives nothing when every dimension is Advanced or Leading", () => {
    expect(recommendationsFor(scoreAssessment(answersAll(3), []))).toEqual([]);
  });
});
