import type { GuidanceSource } from "@/lib/questionnaire/guidance";

/**
 * The glossary's terms, in the order shown. Wording lives in the catalogues (`guidance.glossary.terms.<id>`);
 * `source` says whether the definition is the study's (`deck`, `deck-text`) or written for this tool (`ours`).
 */
export const GLOSSARY_TERMS = [
  { id: "pes", source: "ours" },
  { id: "digital_strategy", source: "deck" },
  { id: "back_office", source: "ours" },
  { id: "front_office", source: "ours" },
  { id: "channel", source: "deck-text" },
  { id: "kpi", source: "deck-text" },
  { id: "advanced_analytics", source: "deck-text" },
  { id: "od", source: "deck" },
  { id: "neet", source: "ours" },
  { id: "lmi", source: "deck-text" },
  { id: "profiling", source: "deck-text" },
  { id: "pilot", source: "ours" },
  { id: "dimension", source: "ours" },
  { id: "cohort", source: "ours" },
] as const satisfies readonly { id: string; source: GuidanceSource }[];

export type GlossaryTermId = (typeof GLOSSARY_TERMS)[number]["id"];
