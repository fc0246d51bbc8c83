import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { DimensionId } from "@/lib/questionnaire/types";
import { indexDimensions } from "./indices";
import { isStageBelow, nextStageOf, type Stage } from "./stages";
import type { AssessmentScores } from "./types";

/**
 * The nine conclusions and recommendations of the ILO 2022 Asia-Pacific study (deck slides "Conclusions
 * et recommandations"), with the dimensions they address (the mapping is ours, see cohorts.md).
 * Wording: `recommendations.items.<id>.title|body` in the message catalogues.
 * `isYouth`: the recommendation is about young people (it goes with Parts 2 and 3).
 */
export const RECOMMENDATIONS = [
  { id: "targeted_approaches", conclusion: 1, dimensions: ["strategy"], isYouth: false },
  { id: "beyond_digitising", conclusion: 2, dimensions: ["strategy", "back_office", "organisation"], isYouth: false },
  { id: "organisational_change", conclusion: 3, dimensions: ["organisation"], isYouth: false },
  { id: "analytics_foundation", conclusion: 4, dimensions: ["analytics", "data"], isYouth: false },
  { id: "youth_targeting", conclusion: 5, dimensions: ["youth_programmes"], isYouth: true },
  { id: "integration_partnerships", conclusion: 6, dimensions: ["youth_programmes", "youth_back_office", "back_office"], isYouth: false },
  { id: "youth_channels", conclusion: 7, dimensions: ["youth_front_office"], isYouth: true },
  { id: "youth_innovation", conclusion: 8, dimensions: ["youth_innovation"], isYouth: true },
  { id: "youth_back_office", conclusion: 9, dimensions: ["youth_back_office"], isYouth: true },
] as const satisfies readonly { id: string; conclusion: number; dimensions: readonly DimensionId[]; isYouth: boolean }[];

export type RecommendationId = (typeof RECOMMENDATIONS)[number]["id"];

/** Recommendations are given for scored dimensions below this stage (§6). */
export const RECOMMEND_BELOW: Stage = "advanced";

export type DimensionRecommendations = {
  dimension: DimensionId;
  /** The dimension belongs to Parts 2–3 (youth). */
  isYouthDimension: boolean;
  stage: Stage;
  nextStage: Stage;
  /** Key in the `recommendations` namespace: what the next stage looks like for this dimension. */
  nextStageKey: `nextStage.${DimensionId}.${Stage}`;
  /** In the study's order; the wording is at `items.<id>.title` and `items.<id>.body`. */
  recommendationIds: RecommendationId[];
  youthRecommendationIds: RecommendationId[];
};

export function recommendationsOf(dimension: DimensionId): RecommendationId[] {
  return RECOMMENDATIONS.filter((r) => (r.dimensions as readonly DimensionId[]).includes(dimension)).map((r) => r.id);
}

const YOUTH_DIMENSIONS: readonly DimensionId[] = indexDimensions("youth_readiness");
const YOUTH_RECOMMENDATIONS: readonly RecommendationId[] = RECOMMENDATIONS.filter((r) => r.isYouth).map((r) => r.id);

/**
 * For each scored dimension below Advanced, the recommendations that address it and its next-stage
 * descriptor (§6). Insufficient dimensions get none: there is no stage to move on from.
 */
export function recommendationsFor(scores: Pick<AssessmentScores, "dimensions">): DimensionRecommendations[] {
  return DIMENSION_IDS.flatMap((dimension) => {
    const { stage } = scores.dimensions[dimension];
    if (stage === null || !isStageBelow(stage, RECOMMEND_BELOW)) return [];
    const nextStage = nextStageOf(stage);
    if (nextStage === null) return [];
    const recommendationIds = recommendationsOf(dimension);
    return [
      {
        dimension,
        isYouthDimension: YOUTH_DIMENSIONS.includes(dimension),
        stage,
        nextStage,
        nextStageKey: `nextStage.${dimension}.${nextStage}` as const,
        recommendationIds,
        youthRecommendationIds: recommendationIds.filter((id) => YOUTH_RECOMMENDATIONS.includes(id)),
      },
    ];
  });
}
