import { part1 } from "./parts/part-1-digital-pes";
import { part2 } from "./parts/part-2-youth-services";
import { part3 } from "./parts/part-3-youth-technology";
import type { Instrument } from "./types";

/**
 * The questionnaire, version 2026.1: ILO 2022 Asia-Pacific survey structure (three parts) and the
 * IDB's LAC digital-maturity dimensions. A changed question is a new id in a new version, never an edit.
 */
export const instrument = {
  version: "2026.1",
  parts: [part1, part2, part3],
} as const satisfies Instrument;

export type InstrumentDefinition = typeof instrument;

/** The IDB's five LAC dimensions, as sections of this instrument (for the LAC cohort comparison). */
export const IDB_DIMENSIONS = ["strategy", "back_office", "front_office", "data", "organisation"] as const;

/** Items behind the deck's "strategic components" overview chart, in the deck's order. */
export const STRATEGIC_COMPONENT_ITEMS = [
  "strategy.national",
  "strategy.pes_digital",
  "back_office.strategy",
  "back_office.it_system",
  "front_office.channel_strategy",
  "data.strategy",
  "youth_programmes.programme",
  "data.kpis",
  "organisation.od_strategy",
] as const;
