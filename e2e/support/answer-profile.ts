import type { AnswerProfile } from "./data";

/**
 * A known answer profile: options chosen per dimension so that the stages differ, one score sits exactly
 * on a cut-off (organisation: 60) and two dimensions have too few answers with points (data, youth_innovation).
 * The unscored questions get plain, valid answers so that the assessment can be submitted.
 */
export const SCORED_ANSWERS: Record<string, Record<string, string>> = {
  strategy: { "strategy.national": "fully_in_place", "strategy.pes_digital": "in_development" },
  back_office: {
    "back_office.strategy": "fully_in_place",
    "back_office.it_system": "in_development",
    "back_office.roadmap": "concrete_plans",
    "back_office.architecture_standards": "not_planned",
    "back_office.documentation": "dont_know",
  },
  front_office: {
    "front_office.channel_strategy": "fully_in_place",
    "front_office.strategy_review": "fully_in_place",
    "front_office.single_unit": "concrete_plans",
    "front_office.channel_analytics": "in_development",
  },
  data: {
    "data.strategy": "concrete_plans",
    "data.ethics": "dont_know",
    "data.kpis": "dont_know",
    "data.group_level": "dont_know",
    "data.youth_kpis": "in_development",
  },
  analytics: { "analytics.ai": "no_project", "analytics.ml": "pilot", "analytics.dl": "no_project" },
  organisation: {
    "organisation.od_strategy": "in_development",
    "organisation.culture_change": "in_development",
    "organisation.digital_skills": "in_development",
    "organisation.inclusion": "in_development",
    "organisation.innovation": "concrete_plans",
  },
  youth_programmes: {
    "youth_programmes.programme": "concrete_plans",
    "youth_programmes.targeting": "concrete_plans",
    "youth_programmes.subgroups": "not_planned",
    "youth_programmes.partnerships": "concrete_plans",
  },
  youth_front_office: {
    "youth_front_office.social_media_info": "fully_in_place",
    "youth_front_office.social_media_support": "fully_in_place",
    "youth_front_office.dedicated_social_channels": "fully_in_place",
    "youth_front_office.dedicated_phone": "in_development",
    "youth_front_office.youth_portal": "in_development",
  },
  youth_innovation: {
    "youth_innovation.chatbot": "dont_know",
    "youth_innovation.mobile_app": "dont_know",
    "youth_innovation.virtual_events": "dont_know",
    "youth_innovation.ai_recommendations": "not_planned",
    "youth_innovation.gamified": "dont_know",
  },
  youth_back_office: {
    "youth_back_office.profiling": "in_development",
    "youth_back_office.lmi_link": "concrete_plans",
    "youth_back_office.outcome_tracking": "dont_know",
    "youth_back_office.provider_coordination": "concrete_plans",
  },
};

export const CONTEXT_ANSWERS: AnswerProfile = {
  "strategy.focus": "both",
  "front_office.channels": ["info_website", "phone"],
  "analytics.uses": ["matching"],
  "context.drivers": ["performance"],
  "context.barriers": ["financial_resources", "silos"],
  "context.budget_overall": "same",
  "context.budget_digital": "increased",
  "context.budget_youth": "decreased",
  "context.budget_use": "Ferias de empleo virtuales",
  "youth_programmes.age_from": 15,
  "youth_programmes.age_to": 24,
  "youth_programmes.services": ["guidance"],
};

export const FULL_PROFILE: AnswerProfile = Object.assign({}, CONTEXT_ANSWERS, ...Object.values(SCORED_ANSWERS));
