import type { BoundSpec, Citation } from "./citation-schema";

/**
 * Reports made with dataset version 2026.1 keep their stored figures, but their working notes (file names,
 * slide titles, bounds as formulas) are not shown to users any more: this maps them to what version 2026.2
 * says for the same figure (citations.md, "Mapping of today's source strings"). The stored snapshot is not
 * changed; only how it reads.
 */

const PRESENTATION = "ilo-ap-2023-presentation" as const;

const SLIDE_TOPICS: Record<string, Citation["topic"]> = {
  "Principaux obstacles à la numérisation (8 premiers)": "barriers_top8",
  "Impact du COVID-19 sur les budgets des SPE": "covid_budgets",
  "Rôle des technologies numériques au niveau stratégique": "strategy_role",
  "Rôle de l'organisation, de son personnel et de l'innovation au sein du SPE": "organisation_role",
  "Le rôle de la technologie dans les front offices, les services et les canaux du PSE": "front_office_role",
  "Rôle des technologies numériques | Données": "data_role",
  "Technologies front-office pour les jeunes": "youth_front_office",
};

const LEGACY_SOURCE_PREFIX = "seed-deck-fr.txt, ";

/** The citation a 2026.1 `source` string stands for, or `null` when it is not one of the built-in ones. */
export function legacyCitation(source: string): Citation | null {
  if (source.startsWith("ILO (2023), Technology in public employment services")) return { key: "ilo-ap-2023" };
  if (source.startsWith("IDB (2023), The Digital Transformation")) return { key: "idb-lac-2023" };
  if (source.startsWith("ILO (2022), Technology adoption")) return { key: "ilo-global-2022" };
  if (source === "https://strmnoticias.org/?p=757") return { key: "idb-lac-2023-levels" };
  if (/WCMS_76(1924|4104)/.test(source)) return { key: "ilo-2020-brief" };
  if (source.includes("WCMS_840767")) return { key: "ilo-global-2022" };
  if (!source.startsWith(LEGACY_SOURCE_PREFIX)) return null;
  const rest = source.slice(LEGACY_SOURCE_PREFIX.length);
  if (rest.startsWith("LAC conclusions")) return { key: "idb-lac-2023", topic: "lac_comparison" };
  if (rest.startsWith("conclusion")) return { key: PRESENTATION, topic: "conclusions" };
  const slide = /^slide '(.+)'$/.exec(rest)?.[1];
  const topic = slide === undefined ? undefined : SLIDE_TOPICS[slide];
  return topic ? { key: PRESENTATION, topic } : { key: PRESENTATION };
}

const ALL_OR_IN_DEVELOPMENT = ["fully_in_place", "in_development"];

/** The bounds of dataset version 2026.1, as the structured bounds of 2026.2. */
const LEGACY_BOUNDS: Record<string, BoundSpec> = {
  "<= 5/11 (not in the top 8)": { comparison: "le", value: 5, unit: "pes", of: 11, note: "not_in_top_8" },
  "fully_in_place + in_development = 11/11": { comparison: "eq", value: 11, unit: "pes", of: 11, options: ALL_OR_IN_DEVELOPMENT },
  "3/11 have one (fully in place or in development); 8/11 do not": { comparison: "eq", value: 3, unit: "pes", of: 11, options: ALL_OR_IN_DEVELOPMENT },
  "about 3/11": { comparison: "about", value: 3, unit: "pes", of: 11 },
  "fully_in_place <= 5/11": { comparison: "le", value: 5, unit: "pes", of: 11, options: ["fully_in_place"] },
  "share focusing on each <= 5/11": { comparison: "le", value: 5, unit: "pes", of: 11, note: "each" },
  "fully_in_place = 0": { comparison: "eq", value: 0, unit: "percent", options: ["fully_in_place"] },
  "fully_in_place + in_development < 10%": { comparison: "lt", value: 10, unit: "percent", options: ALL_OR_IN_DEVELOPMENT },
  "fully_in_place < 50%": { comparison: "lt", value: 50, unit: "percent", options: ["fully_in_place"] },
};

export function legacyBound(text: string): BoundSpec | null {
  return LEGACY_BOUNDS[text] ?? null;
}
