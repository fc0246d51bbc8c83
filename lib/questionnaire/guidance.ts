import type { ItemId } from "./lookup";
import type { ScoredItem } from "./types";

/**
 * Guidance shown beside each scored item: what each answer means (per scale, in the catalogues under
 * `guidance.scales`) and an example of the item fully in place (`guidance.items.<section>.<name>`).
 * Where the example or definition comes from: the study's deck (`deck`: a chart or its named element;
 * `deck-text`: its text, e.g. a country example), or written by us (`ours`) where the study gives none.
 * The page says which, so nobody mistakes our wording for the study's.
 */
export type GuidanceSource = "deck" | "deck-text" | "ours";

export type ItemGuidance = { source: GuidanceSource; /** What in the deck it comes from (not translated). */ note?: string };

/** The meanings of the answer options are ours; only the option labels are the deck's. */
export const SCALE_MEANINGS_SOURCE: GuidanceSource = "ours";

export const ITEM_GUIDANCE = {
  "strategy.national": { source: "ours" },
  "strategy.pes_digital": { source: "deck-text", note: "deck: definition of a digital strategy for a PES" },
  "back_office.strategy": { source: "deck-text", note: "deck: Workforce Singapore transformation group" },
  "back_office.it_system": { source: "ours" },
  "back_office.roadmap": { source: "ours" },
  "back_office.architecture_standards": { source: "ours" },
  "back_office.documentation": { source: "ours" },
  "front_office.channel_strategy": { source: "deck-text", note: "deck: decisions on which channels, for which services, client groups and situations" },
  "front_office.strategy_review": { source: "deck-text", note: "deck: regular evaluation of existing channels" },
  "front_office.single_unit": { source: "deck-text", note: "deck: centralising responsibility for services and channels" },
  "front_office.channel_analytics": { source: "deck-text", note: "deck: only a quarter of AP PES analyse channel use" },
  "data.strategy": { source: "deck-text", note: "deck: China, Japan, the Philippines and Singapore report most elements of a data strategy" },
  "data.ethics": { source: "ours" },
  "data.kpis": { source: "ours" },
  "data.group_level": { source: "ours" },
  "data.youth_kpis": { source: "ours" },
  "analytics.ai": { source: "deck-text", note: "deck: fraud detection, personalisation, matching, labour market information" },
  "analytics.ml": { source: "deck-text", note: "deck: matching beyond traditional variables and models" },
  "analytics.dl": { source: "ours" },
  "organisation.od_strategy": { source: "deck-text", note: "deck: Republic of Korea, China and India are exceptions with an OD strategy" },
  "organisation.culture_change": { source: "ours" },
  "organisation.digital_skills": { source: "ours" },
  "organisation.inclusion": { source: "ours" },
  "organisation.innovation": { source: "ours" },
  "youth_programmes.programme": { source: "ours" },
  "youth_programmes.targeting": { source: "deck-text", note: "deck: conclusion 5" },
  "youth_programmes.subgroups": { source: "deck-text", note: "deck: conclusion 5" },
  "youth_programmes.partnerships": { source: "deck-text", note: "deck: conclusion 6" },
  "youth_front_office.social_media_info": { source: "deck-text" },
  "youth_front_office.social_media_support": { source: "deck-text", note: "deck: WeChat in China for customer service, counselling and job mediation" },
  "youth_front_office.dedicated_social_channels": { source: "deck-text" },
  "youth_front_office.dedicated_phone": { source: "deck-text" },
  "youth_front_office.youth_portal": { source: "deck-text" },
  "youth_innovation.chatbot": { source: "deck-text", note: "deck: Australia's digital assistant" },
  "youth_innovation.mobile_app": { source: "ours" },
  "youth_innovation.virtual_events": { source: "deck-text", note: "deck: virtual job fairs; Workforce Singapore's virtual interview platforms" },
  "youth_innovation.ai_recommendations": { source: "ours" },
  "youth_innovation.gamified": { source: "ours" },
  "youth_back_office.profiling": { source: "deck-text", note: "deck: segmentation and profiling to personalise services" },
  "youth_back_office.lmi_link": { source: "ours" },
  "youth_back_office.outcome_tracking": { source: "ours" },
  "youth_back_office.provider_coordination": { source: "deck-text", note: "deck: follow-up and coordination with other service providers" },
} as const satisfies Partial<Record<ItemId, ItemGuidance>>;

export function getItemGuidance(item: ScoredItem): ItemGuidance | undefined {
  return (ITEM_GUIDANCE as Partial<Record<string, ItemGuidance>>)[item.id];
}

export function isFromStudy(guidance: ItemGuidance): boolean {
  return guidance.source !== "ours";
}
