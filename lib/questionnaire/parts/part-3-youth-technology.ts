import type { Part } from "../types";

/**
 * Part 3 of instrument 2026.1: technology for youth
 * (deck: « Rôle des technologies pour la jeunesse »).
 * The deck names the charts of 3.2 and 3.3 but not their items: those items are ours.
 */
export const part3 = {
  id: "part3",
  sections: [
    {
      id: "youth_front_office",
      dimension: "youth_front_office",
      items: [
        { id: "youth_front_office.social_media_info", kind: "status", required: true, provenance: "deck-text" },
        { id: "youth_front_office.social_media_support", kind: "status", required: true, provenance: "deck-text" },
        { id: "youth_front_office.dedicated_social_channels", kind: "status", required: true, provenance: "deck-text" },
        { id: "youth_front_office.dedicated_phone", kind: "status", required: true, provenance: "deck-text" },
        { id: "youth_front_office.youth_portal", kind: "status", required: true, provenance: "deck-text" },
      ],
    },
    {
      id: "youth_innovation",
      dimension: "youth_innovation",
      provenance: "ours",
      source: "ours: the deck names the chart only",
      items: [
        { id: "youth_innovation.chatbot", kind: "status", required: true, provenance: "ours" },
        { id: "youth_innovation.mobile_app", kind: "status", required: true, provenance: "ours" },
        { id: "youth_innovation.virtual_events", kind: "status", required: true, provenance: "deck-text", source: "deck-text: virtual job fairs" },
        { id: "youth_innovation.ai_recommendations", kind: "status", required: true, provenance: "ours" },
        { id: "youth_innovation.gamified", kind: "status", required: true, provenance: "ours" },
      ],
    },
    {
      id: "youth_back_office",
      dimension: "youth_back_office",
      provenance: "ours",
      source: "ours, from the deck's back-office text",
      items: [
        { id: "youth_back_office.profiling", kind: "status", required: true, provenance: "ours" },
        { id: "youth_back_office.lmi_link", kind: "status", required: true, provenance: "ours" },
        { id: "youth_back_office.outcome_tracking", kind: "status", required: true, provenance: "ours" },
        { id: "youth_back_office.provider_coordination", kind: "status", required: true, provenance: "ours" },
      ],
    },
  ],
} as const satisfies Part;
