import type { Part } from "../types";

/**
 * Part 2 of instrument 2026.1: youth services and programmes
 * (deck: « Services et programmes pour la jeunesse »).
 */
export const part2 = {
  id: "part2",
  sections: [
    {
      id: "youth_programmes",
      dimension: "youth_programmes",
      items: [
        { id: "youth_programmes.programme", kind: "status", required: true, provenance: "deck", source: "deck: Programme pour la jeunesse" },
        { id: "youth_programmes.targeting", kind: "status", required: true, provenance: "deck-text", source: "deck-text: conclusion 5" },
        { id: "youth_programmes.subgroups", kind: "status", required: true, provenance: "deck-text", source: "deck-text: conclusion 5" },
        { id: "youth_programmes.partnerships", kind: "status", required: true, provenance: "deck-text", source: "deck-text: conclusion 6" },
        // The range the PES calls "youth" differs by country (15–24, 15–29, 18–35…), hence 10–40.
        {
          id: "youth_programmes.age_from",
          kind: "number",
          required: false,
          provenance: "ours",
          min: 10,
          max: 40,
          notAboveItem: "youth_programmes.age_to",
        },
        { id: "youth_programmes.age_to", kind: "number", required: false, provenance: "ours", min: 10, max: 40 },
        {
          id: "youth_programmes.services",
          kind: "multi",
          required: false,
          provenance: "ours",
          options: ["guidance", "matching", "training", "work_experience", "entrepreneurship", "subsidies", "outreach", "public_works"],
          allowOther: true,
        },
      ],
    },
  ],
} as const satisfies Part;
