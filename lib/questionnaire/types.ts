/**
 * The shape of the instrument. The instrument itself (instrument.ts) is pure, versioned data:
 * item ids are contracts (answers, cohort figures, scoring and translations are keyed by them).
 * Wording lives in the message catalogues (lib/i18n/messages/<locale>/instrument.json), keyed by id.
 */

/** Where an item comes from (shown in the methodology annex). */
export type Provenance = "deck" | "deck-text" | "2020" | "ours";

export type PartId = "part1" | "part2" | "part3";

/** The scored sections. */
export type DimensionId =
  | "strategy"
  | "back_office"
  | "front_office"
  | "data"
  | "analytics"
  | "organisation"
  | "youth_programmes"
  | "youth_front_office"
  | "youth_innovation"
  | "youth_back_office";

export type SectionId = DimensionId | "context";

type ItemBase = {
  /** `<section>.<name>`, e.g. `strategy.national`. Never renamed: a changed question is a new id. */
  id: string;
  provenance: Provenance;
  /** Short note on the source, e.g. "deck: Stratégie nationale". Not translated (it cites the deck). */
  source?: string;
  /** Required before submission. Scored items are always required. */
  required: boolean;
};

/** Scored items: `status` and `adoption` scales (points in scales.ts). */
export type ScoredItem = ItemBase & { kind: "status" | "adoption" };
/** One option among the item's own list. */
export type SingleItem = ItemBase & { kind: "single"; options: readonly string[] };
/** Tick all that apply. `exclusiveOption` (e.g. `none`) cannot be ticked with another option. */
export type MultiItem = ItemBase & {
  kind: "multi";
  options: readonly string[];
  allowOther: boolean;
  exclusiveOption?: string;
};
export type BudgetItem = ItemBase & { kind: "budget" };
export type TextItem = ItemBase & { kind: "text"; maxLength: number };
export type NumberItem = ItemBase & {
  kind: "number";
  min: number;
  max: number;
  /** Id of a number item this one may not exceed (the start of a range, e.g. an age range). */
  notAboveItem?: string;
};

export type Item = ScoredItem | SingleItem | MultiItem | BudgetItem | TextItem | NumberItem;
export type ItemKind = Item["kind"];

export type Section = {
  id: SectionId;
  /** Set for scored sections; `context` has none. */
  dimension: DimensionId | null;
  provenance?: Provenance;
  /** Short note on the source of the section's items, when they share one. */
  source?: string;
  items: readonly Item[];
};

export type Part = { id: PartId; sections: readonly Section[] };

export type Instrument = { version: string; parts: readonly Part[] };

/** A stored answer value: an option id, a list of option ids, a whole number or free text. */
export type AnswerValue = string | string[] | number;
export type AnswerEntry = { value: AnswerValue; otherText?: string | null };
/** Answers of one assessment, keyed by item id. Unanswered items are absent. */
export type Answers = Record<string, AnswerEntry>;
