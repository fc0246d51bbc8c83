import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import type { Locale } from "@/lib/i18n/locales";
import type { Answers } from "@/lib/questionnaire/types";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { ReportData } from "./types";

/**
 * A complete, realistic answer profile (every item answered, some "don't know", comments): used by the
 * report's tests and by `npm run bench:pdf`. Not product data.
 */
export const SAMPLE_ANSWERS: Answers = {
  "strategy.national": { value: "fully_in_place" },
  "strategy.pes_digital": { value: "in_development" },
  "strategy.focus": { value: "processes" },
  "back_office.strategy": { value: "fully_in_place" },
  "back_office.it_system": { value: "in_development" },
  "back_office.roadmap": { value: "concrete_plans" },
  "back_office.architecture_standards": { value: "not_planned" },
  "back_office.documentation": { value: "dont_know" },
  "front_office.channel_strategy": { value: "in_development" },
  "front_office.strategy_review": { value: "concrete_plans" },
  "front_office.single_unit": { value: "fully_in_place" },
  "front_office.channel_analytics": { value: "not_planned" },
  "front_office.channels": { value: ["info_website", "transactional_portal", "social_media", "phone", "offices", "other"], otherText: "Radio programmes" },
  "data.strategy": { value: "concrete_plans" },
  "data.ethics": { value: "not_planned" },
  "data.kpis": { value: "fully_in_place" },
  "data.group_level": { value: "in_development" },
  "data.youth_kpis": { value: "concrete_plans" },
  "analytics.ai": { value: "pilot" },
  "analytics.ml": { value: "no_project" },
  "analytics.dl": { value: "no_project" },
  "analytics.uses": { value: ["matching"] },
  "organisation.od_strategy": { value: "concrete_plans" },
  "organisation.culture_change": { value: "in_development" },
  "organisation.digital_skills": { value: "in_development" },
  "organisation.inclusion": { value: "concrete_plans" },
  "organisation.innovation": { value: "not_planned" },
  "context.drivers": { value: ["performance", "coverage", "crisis"] },
  "context.barriers": { value: ["financial_resources", "digital_skills", "it_interoperability", "legal"] },
  "context.budget_overall": { value: "same" },
  "context.budget_digital": { value: "increased" },
  "context.budget_youth": { value: "decreased" },
  "context.budget_use": { value: "Online meetings with jobseekers and two virtual job fairs a year." },
  "youth_programmes.programme": { value: "fully_in_place" },
  "youth_programmes.targeting": { value: "in_development" },
  "youth_programmes.subgroups": { value: "concrete_plans" },
  "youth_programmes.partnerships": { value: "in_development" },
  "youth_programmes.age_from": { value: 15 },
  "youth_programmes.age_to": { value: 29 },
  "youth_programmes.services": { value: ["guidance", "matching", "training", "work_experience"] },
  "youth_front_office.social_media_info": { value: "fully_in_place" },
  "youth_front_office.social_media_support": { value: "in_development" },
  "youth_front_office.dedicated_social_channels": { value: "concrete_plans" },
  "youth_front_office.dedicated_phone": { value: "not_planned" },
  "youth_front_office.youth_portal": { value: "dont_know" },
  "youth_innovation.chatbot": { value: "concrete_plans" },
  "youth_innovation.mobile_app": { value: "in_development" },
  "youth_innovation.virtual_events": { value: "fully_in_place" },
  "youth_innovation.ai_recommendations": { value: "not_planned" },
  "youth_innovation.gamified": { value: "not_planned" },
  "youth_back_office.profiling": { value: "in_development" },
  "youth_back_office.lmi_link": { value: "concrete_plans" },
  "youth_back_office.outcome_tracking": { value: "concrete_plans" },
  "youth_back_office.provider_coordination": { value: "not_planned" },
};

export function sampleReportData(locale: Locale, agencyName = "Servicio Nacional de Empleo (SNE)"): ReportData {
  const scores = scoreAssessment(SAMPLE_ANSWERS, getBuiltinDatasets());
  return {
    locale,
    agency: { name: agencyName, countryCode: "MX", region: "LAC" },
    assessment: { id: "sample", round: 2026, status: "SUBMITTED", submittedAt: new Date("2026-03-02T10:00:00Z") },
    answers: SAMPLE_ANSWERS,
    comments: {
      strategy: "The national strategy was adopted in 2024; our own strategy is being drafted with the ministry.",
      context: "The digital budget grew with the pandemic recovery plan.",
    },
    snapshot: { id: "sample", scores, createdAt: new Date("2026-03-02T10:00:00Z") },
    previousRound: null,
    liveComparisons: [],
    generatedAt: new Date("2026-03-10T09:00:00Z"),
  };
}
