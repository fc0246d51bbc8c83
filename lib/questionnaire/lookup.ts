import { instrument, type InstrumentDefinition } from "./instrument";
import type { DimensionId, Item, Part, ScoredItem, Section, SectionId } from "./types";

type DefinedSection = InstrumentDefinition["parts"][number]["sections"][number];
/** The literal id of every item of the instrument, e.g. `"strategy.national"`. */
export type ItemId = DefinedSection["items"][number]["id"];

/** Parts in instrument order. */
export const parts: readonly Part[] = instrument.parts;

/** Sections in instrument order (part 1, then 2, then 3). */
export const sections: readonly Section[] = parts.flatMap((part) => part.sections);

/** Items in instrument order. */
export const allItems: readonly Item[] = sections.flatMap((section) => section.items);

// Non-empty tuples so that `z.enum(SECTION_IDS)` and `z.enum(ITEM_IDS)` type-check.
export const SECTION_IDS = sections.map((section) => section.id) as [SectionId, ...SectionId[]];
export const ITEM_IDS = allItems.map((item) => item.id) as [ItemId, ...ItemId[]];

/** Scored sections in instrument order. */
export const DIMENSION_IDS = sections.flatMap((section) =>
  section.dimension === null ? [] : [section.dimension],
) as [DimensionId, ...DimensionId[]];

const itemsById = new Map<string, Item>(allItems.map((item) => [item.id, item]));
const sectionsById = new Map<string, Section>(sections.map((section) => [section.id, section]));
const sectionByItemId = new Map<string, Section>(
  sections.flatMap((section) => section.items.map((item) => [item.id, section] as const)),
);

export function isItemId(id: string): id is ItemId {
  return itemsById.has(id);
}

export function isSectionId(id: string): id is SectionId {
  return sectionsById.has(id);
}

export function getItem(id: string): Item | undefined {
  return itemsById.get(id);
}

export function getSection(id: string): Section | undefined {
  return sectionsById.get(id);
}

/** The section an item belongs to. */
export function getSectionOfItem(itemId: string): Section | undefined {
  return sectionByItemId.get(itemId);
}

/** Scored items carry points (`status`, `adoption`); the others describe the context. */
export function isScoredItem(item: Item): item is ScoredItem {
  return item.kind === "status" || item.kind === "adoption";
}

/** The scored items of a dimension, in instrument order (its context items are left out). */
export function dimensionItems(dimension: DimensionId): ScoredItem[] {
  const section = sections.find((candidate) => candidate.dimension === dimension);
  return section ? section.items.filter(isScoredItem) : [];
}
