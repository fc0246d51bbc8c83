import { describe, expect, it } from "vitest";

import { IDB_DIMENSIONS, instrument, STRATEGIC_COMPONENT_ITEMS } from "./instrument";
import { allItems, DIMENSION_IDS, dimensionItems, getItem, getSectionOfItem, ITEM_IDS, SECTION_IDS, sections } from "./lookup";
import { MAX_POINTS, pointsFor, SCALE_OPTIONS } from "./scales";
import type { Item } from "./types";

/*
 * Pins instrument 2026.1 against /work/shared/reference/instrument.md. The expected values are
 * written out here on purpose (not imported): a change to the definition must fail this test.
 * Row: [id, kind, required, provenance, options (single/multi), extra].
 */
type Row = [id: string, kind: Item["kind"], required: boolean, provenance: string, options?: string[]];

const CHANNELS = ["info_website", "transactional_portal", "mobile_app", "social_media", "chatbot", "phone", "sms", "email", "kiosk", "video", "offices"];
const USES = ["fraud", "personalisation", "matching", "lmi"];
const DRIVERS = ["performance", "coverage", "client_expectations", "inclusion", "costs", "crisis", "mandate"];
const BARRIERS = [
  "financial_resources", "silos", "digital_skills", "knowledge_current_tech", "inclusive_approaches", "it_interoperability",
  "integrated_processes", "knowledge_new_tech", "resistance", "staff_awareness", "legal", "none",
];
const YOUTH_SERVICES = ["guidance", "matching", "training", "work_experience", "entrepreneurship", "subsidies", "outreach", "public_works"];

const EXPECTED: { part: string; section: string; dimension: string | null; items: Row[] }[] = [
  { part: "part1", section: "strategy", dimension: "strategy", items: [
    ["strategy.national", "status", true, "deck"],
    ["strategy.pes_digital", "status", true, "deck"],
    ["strategy.focus", "single", false, "deck-text", ["processes", "organisation", "both", "none"]],
  ] },
  { part: "part1", section: "back_office", dimension: "back_office", items: [
    ["back_office.strategy", "status", true, "deck"],
    ["back_office.it_system", "status", true, "deck"],
    ["back_office.roadmap", "status", true, "deck"],
    ["back_office.architecture_standards", "status", true, "deck"],
    ["back_office.documentation", "status", true, "deck-text"],
  ] },
  { part: "part1", section: "front_office", dimension: "front_office", items: [
    ["front_office.channel_strategy", "status", true, "deck"],
    ["front_office.strategy_review", "status", true, "deck"],
    ["front_office.single_unit", "status", true, "deck"],
    ["front_office.channel_analytics", "status", true, "deck"],
    ["front_office.channels", "multi", false, "deck-text", CHANNELS],
  ] },
  { part: "part1", section: "data", dimension: "data", items: [
    ["data.strategy", "status", true, "deck-text"],
    ["data.ethics", "status", true, "deck-text"],
    ["data.kpis", "status", true, "deck"],
    ["data.group_level", "status", true, "deck-text"],
    ["data.youth_kpis", "status", true, "deck-text"],
  ] },
  { part: "part1", section: "analytics", dimension: "analytics", items: [
    ["analytics.ai", "adoption", true, "deck"],
    ["analytics.ml", "adoption", true, "deck"],
    ["analytics.dl", "adoption", true, "deck"],
    ["analytics.uses", "multi", false, "deck-text", USES],
  ] },
  { part: "part1", section: "organisation", dimension: "organisation", items: [
    ["organisation.od_strategy", "status", true, "deck"],
    ["organisation.culture_change", "status", true, "deck-text"],
    ["organisation.digital_skills", "status", true, "deck-text"],
    ["organisation.inclusion", "status", true, "deck-text"],
    ["organisation.innovation", "status", true, "ours"],
  ] },
  { part: "part1", section: "context", dimension: null, items: [
    ["context.drivers", "multi", false, "2020", DRIVERS],
    ["context.barriers", "multi", true, "deck", BARRIERS],
    ["context.budget_overall", "budget", false, "deck"],
    ["context.budget_digital", "budget", false, "deck"],
    ["context.budget_youth", "budget", false, "deck"],
    ["context.budget_use", "text", false, "deck-text"],
  ] },
  { part: "part2", section: "youth_programmes", dimension: "youth_programmes", items: [
    ["youth_programmes.programme", "status", true, "deck"],
    ["youth_programmes.targeting", "status", true, "deck-text"],
    ["youth_programmes.subgroups", "status", true, "deck-text"],
    ["youth_programmes.partnerships", "status", true, "deck-text"],
    ["youth_programmes.age_from", "number", false, "ours"],
    ["youth_programmes.age_to", "number", false, "ours"],
    ["youth_programmes.services", "multi", false, "ours", YOUTH_SERVICES],
  ] },
  { part: "part3", section: "youth_front_office", dimension: "youth_front_office", items: [
    ["youth_front_office.social_media_info", "status", true, "deck-text"],
    ["youth_front_office.social_media_support", "status", true, "deck-text"],
    ["youth_front_office.dedicated_social_channels", "status", true, "deck-text"],
    ["youth_front_office.dedicated_phone", "status", true, "deck-text"],
    ["youth_front_office.youth_portal", "status", true, "deck-text"],
  ] },
  { part: "part3", section: "youth_innovation", dimension: "youth_innovation", items: [
    ["youth_innovation.chatbot", "status", true, "ours"],
    ["youth_innovation.mobile_app", "status", true, "ours"],
    ["youth_innovation.virtual_events", "status", true, "deck-text"],
    ["youth_innovation.ai_recommendations", "status", true, "ours"],
    ["youth_innovation.gamified", "status", true, "ours"],
  ] },
  { part: "part3", section: "youth_back_office", dimension: "youth_back_office", items: [
    ["youth_back_office.profiling", "status", true, "ours"],
    ["youth_back_office.lmi_link", "status", true, "ours"],
    ["youth_back_office.outcome_tracking", "status", true, "ours"],
    ["youth_back_office.provider_coordination", "status", true, "ours"],
  ] },
];

const EXPECTED_ROWS = EXPECTED.flatMap((section) => section.items);

describe("instrument 2026.1", () => {
  it("has version 2026.1 and three parts in order", () => {
    expect(instrument.version).toBe("2026.1");
    expect(instrument.parts.map((part) => part.id)).toEqual(["part1", "part2", "part3"]);
  });

  it("has every section, in order, in its part, with its dimension", () => {
    const actual = instrument.parts.flatMap((part) =>
      part.sections.map((section) => ({ part: part.id, section: section.id, dimension: section.dimension })),
    );
    expect(actual).toEqual(EXPECTED.map(({ part, section, dimension }) => ({ part, section, dimension })));
    expect(SECTION_IDS).toEqual(EXPECTED.map(({ section }) => section));
  });

  it("has every item, in order, in its section, and no other", () => {
    expect(ITEM_IDS).toEqual(EXPECTED_ROWS.map(([id]) => id));
    expect(ITEM_IDS).toHaveLength(54);
    for (const { section, items } of EXPECTED) {
      expect(sections.find((candidate) => candidate.id === section)?.items.map((item) => item.id)).toEqual(items.map(([id]) => id));
      for (const [id] of items) {
        expect(id.startsWith(`${section}.`)).toBe(true);
        expect(getSectionOfItem(id)?.id).toBe(section);
      }
    }
  });

  it.each(EXPECTED_ROWS)("%s is a %s item (required: %s, provenance: %s) with its options in order", (id, kind, required, provenance, options) => {
    const item = getItem(id);
    expect(item).toMatchObject({ id, kind, required, provenance });
    if (options) expect(item && "options" in item ? item.options : undefined).toEqual(options);
    else expect(item && "options" in item).toBe(false);
  });

  it("lets every multi item take `other` with a text; only barriers has an exclusive `none`", () => {
    for (const item of allItems) {
      if (item.kind !== "multi") continue;
      expect(item.allowOther, item.id).toBe(true);
      expect(item.exclusiveOption, item.id).toBe(item.id === "context.barriers" ? "none" : undefined);
    }
  });

  it("pins the number and text constraints", () => {
    expect(getItem("youth_programmes.age_from")).toMatchObject({ min: 10, max: 40, notAboveItem: "youth_programmes.age_to" });
    expect(getItem("youth_programmes.age_to")).toMatchObject({ min: 10, max: 40 });
    expect(getItem("context.budget_use")).toMatchObject({ maxLength: 2000 });
  });

  it("requires every scored item and, among context items, only the barriers", () => {
    for (const item of allItems) {
      const scored = item.kind === "status" || item.kind === "adoption";
      expect(item.required, item.id).toBe(scored || item.id === "context.barriers");
    }
  });

  it("marks the sections whose items are ours", () => {
    expect(sections.filter((section) => section.provenance === "ours").map((section) => section.id)).toEqual([
      "youth_innovation",
      "youth_back_office",
    ]);
  });

  it("lists the scored items of each dimension", () => {
    expect(DIMENSION_IDS).toEqual(EXPECTED.flatMap(({ dimension }) => (dimension ? [dimension] : [])));
    for (const { dimension, items } of EXPECTED) {
      if (!dimension) continue;
      const scored = items.filter(([, kind]) => kind === "status" || kind === "adoption").map(([id]) => id);
      expect(dimensionItems(dimension as (typeof DIMENSION_IDS)[number]).map((item) => item.id)).toEqual(scored);
    }
  });

  it("maps the IDB dimensions and the strategic components chart", () => {
    expect(IDB_DIMENSIONS).toEqual(["strategy", "back_office", "front_office", "data", "organisation"]);
    expect(STRATEGIC_COMPONENT_ITEMS).toEqual([
      "strategy.national", "strategy.pes_digital", "back_office.strategy", "back_office.it_system",
      "front_office.channel_strategy", "data.strategy", "youth_programmes.programme", "data.kpis", "organisation.od_strategy",
    ]);
  });
});

describe("scales", () => {
  it("lists the options in order", () => {
    expect(SCALE_OPTIONS.status).toEqual(["fully_in_place", "in_development", "concrete_plans", "not_planned", "dont_know"]);
    expect(SCALE_OPTIONS.adoption).toEqual(["in_production", "pre_production", "pilot", "no_project", "dont_know"]);
    expect(SCALE_OPTIONS.budget).toEqual(["decreased", "same", "increased", "dont_know"]);
  });

  it("gives 3-2-1-0 points and none for dont_know, budget or unknown options", () => {
    expect(["fully_in_place", "in_development", "concrete_plans", "not_planned"].map((o) => pointsFor("status", o))).toEqual([3, 2, 1, 0]);
    expect(["in_production", "pre_production", "pilot", "no_project"].map((o) => pointsFor("adoption", o))).toEqual([3, 2, 1, 0]);
    expect(pointsFor("status", "dont_know")).toBeNull();
    expect(pointsFor("adoption", "dont_know")).toBeNull();
    expect(pointsFor("budget", "increased")).toBeNull();
    expect(pointsFor("status", "pilot")).toBeNull();
    expect(pointsFor("status", "toString")).toBeNull();
    expect(MAX_POINTS).toBe(3);
  });
});
