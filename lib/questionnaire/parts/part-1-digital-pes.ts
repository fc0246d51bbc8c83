import type { Part } from "../types";

/**
 * Part 1 of instrument 2026.1: the role of digital technology in the PES
 * (deck: « Rôle des technologies (numériques) dans les SPE en général »).
 * Ids, kinds and option order are contracts; wording lives in the message catalogues.
 */
export const part1 = {
  id: "part1",
  sections: [
    {
      id: "strategy",
      dimension: "strategy",
      items: [
        { id: "strategy.national", kind: "status", required: true, provenance: "deck", source: "deck: Stratégie nationale" },
        { id: "strategy.pes_digital", kind: "status", required: true, provenance: "deck", source: "deck: Le SPE a une stratégie numérique" },
        {
          id: "strategy.focus",
          kind: "single",
          required: false,
          provenance: "deck-text",
          source: "deck-text: LAC conclusions",
          options: ["processes", "organisation", "both", "none"],
        },
      ],
    },
    {
      id: "back_office",
      dimension: "back_office",
      items: [
        { id: "back_office.strategy", kind: "status", required: true, provenance: "deck", source: "deck: Stratégie de numérisation du back-office" },
        { id: "back_office.it_system", kind: "status", required: true, provenance: "deck", source: "deck: Système informatique à l'échelle du SPE" },
        { id: "back_office.roadmap", kind: "status", required: true, provenance: "deck", source: "deck: Feuille de route des systèmes" },
        { id: "back_office.architecture_standards", kind: "status", required: true, provenance: "deck", source: "deck: Normes pour l'architecture" },
        { id: "back_office.documentation", kind: "status", required: true, provenance: "deck-text", source: "deck-text: LAC: standards and documentation lag behind" },
      ],
    },
    {
      id: "front_office",
      dimension: "front_office",
      items: [
        { id: "front_office.channel_strategy", kind: "status", required: true, provenance: "deck", source: "deck: Stratégie service / canal" },
        { id: "front_office.strategy_review", kind: "status", required: true, provenance: "deck", source: "deck: révision régulière de la stratégie" },
        { id: "front_office.single_unit", kind: "status", required: true, provenance: "deck", source: "deck: une seule unité responsable" },
        { id: "front_office.channel_analytics", kind: "status", required: true, provenance: "deck", source: "deck: analyse de l'utilisation des canaux" },
        {
          id: "front_office.channels",
          kind: "multi",
          required: false,
          provenance: "deck-text",
          source: "deck-text: website vs transactional portal, social media, AI assistant; the rest ours",
          options: ["info_website", "transactional_portal", "mobile_app", "social_media", "chatbot", "phone", "sms", "email", "kiosk", "video", "offices"],
          allowOther: true,
        },
      ],
    },
    {
      id: "data",
      dimension: "data",
      items: [
        { id: "data.strategy", kind: "status", required: true, provenance: "deck-text", source: "deck-text: stratégie intégrée et cohérente en matière de données" },
        { id: "data.ethics", kind: "status", required: true, provenance: "deck-text", source: "deck-text: utilisation éthique des données" },
        { id: "data.kpis", kind: "status", required: true, provenance: "deck", source: "deck: ICP" },
        { id: "data.group_level", kind: "status", required: true, provenance: "deck-text", source: "deck-text: collecte de données au niveau du groupe" },
        { id: "data.youth_kpis", kind: "status", required: true, provenance: "deck-text", source: "deck-text: ICP spécifiques pour les jeunes" },
      ],
    },
    {
      id: "analytics",
      dimension: "analytics",
      items: [
        { id: "analytics.ai", kind: "adoption", required: true, provenance: "deck", source: "deck: Intelligence artificielle" },
        { id: "analytics.ml", kind: "adoption", required: true, provenance: "deck", source: "deck: Machine Learning" },
        { id: "analytics.dl", kind: "adoption", required: true, provenance: "deck", source: "deck: Deep Learning" },
        {
          id: "analytics.uses",
          kind: "multi",
          required: false,
          provenance: "deck-text",
          source: "deck-text: domaines où l'analyse avancée est appliquée",
          options: ["fraud", "personalisation", "matching", "lmi"],
          allowOther: true,
        },
      ],
    },
    {
      id: "organisation",
      dimension: "organisation",
      items: [
        { id: "organisation.od_strategy", kind: "status", required: true, provenance: "deck", source: "deck: Stratégie de DO" },
        { id: "organisation.culture_change", kind: "status", required: true, provenance: "deck-text", source: "deck-text: changement culturel" },
        { id: "organisation.digital_skills", kind: "status", required: true, provenance: "deck-text", source: "deck-text: développement des compétences numériques" },
        { id: "organisation.inclusion", kind: "status", required: true, provenance: "deck-text", source: "deck-text: inclusion" },
        { id: "organisation.innovation", kind: "status", required: true, provenance: "ours", source: "ours: section « L'innovation »" },
      ],
    },
    {
      id: "context",
      dimension: null,
      items: [
        {
          id: "context.drivers",
          kind: "multi",
          required: false,
          provenance: "2020",
          source: "ILO 2020 global survey; crisis: deck framework",
          options: ["performance", "coverage", "client_expectations", "inclusion", "costs", "crisis", "mandate"],
          allowOther: true,
        },
        {
          id: "context.barriers",
          kind: "multi",
          // At least one option, or `none`: a PES with no barrier says so explicitly.
          required: true,
          provenance: "deck",
          source: "deck: top 8 barriers chart; resistance, staff_awareness deck-text; legal ours",
          options: [
            "financial_resources",
            "silos",
            "digital_skills",
            "knowledge_current_tech",
            "inclusive_approaches",
            "it_interoperability",
            "integrated_processes",
            "knowledge_new_tech",
            "resistance",
            "staff_awareness",
            "legal",
            "none",
          ],
          allowOther: true,
          exclusiveOption: "none",
        },
        { id: "context.budget_overall", kind: "budget", required: false, provenance: "deck", source: "deck: Budget global" },
        { id: "context.budget_digital", kind: "budget", required: false, provenance: "deck", source: "deck: Budget de la digitalisation" },
        { id: "context.budget_youth", kind: "budget", required: false, provenance: "deck", source: "deck: Budget des services à la jeunesse" },
        {
          id: "context.budget_use",
          kind: "text",
          required: false,
          provenance: "deck-text",
          source: "deck-text: réunions en ligne, salons de l'emploi virtuels",
          maxLength: 2000,
        },
      ],
    },
  ],
} as const satisfies Part;
