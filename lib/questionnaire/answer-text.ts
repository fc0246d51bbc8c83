import { OTHER_OPTION } from "./scales";
import type { AnswerEntry, Item } from "./types";

/**
 * An answer as a reader reads it, for every place that shows one (the coordinator's review page, the PDF
 * report): option labels in the reader's language, ticked options joined, numbers and free text as given.
 * `t` translates full catalogue keys (`instrument.…`), built here from item and option ids.
 */
export type InstrumentTranslate = (key: string) => string;

/** Catalogue key of an item's wording: `instrument.items.<section>.<name>.label`. */
export function itemLabelKey(itemId: string): string {
  return `instrument.items.${itemId}.label`;
}

/** The label of one option of an item. "Other" first: it is one label whatever the item's scale. */
export function optionLabel(t: InstrumentTranslate, item: Item, option: string): string {
  if (option === OTHER_OPTION) return t("instrument.other");
  if (item.kind === "status" || item.kind === "adoption" || item.kind === "budget") return t(`instrument.scales.${item.kind}.${option}`);
  return t(`instrument.items.${item.id}.options.${option}`);
}

/** `null` when unanswered; "Other" is followed by what the agency typed. */
export function answerText(t: InstrumentTranslate, item: Item, entry: AnswerEntry | undefined): string | null {
  if (entry === undefined) return null;
  const { value, otherText } = entry;
  if (typeof value === "number") return String(value);
  if (item.kind === "text") return String(value);
  const options = Array.isArray(value) ? value : [value];
  return options
    .map((option) => (option === OTHER_OPTION && otherText ? `${optionLabel(t, item, option)}: ${otherText}` : optionLabel(t, item, option)))
    .join("; ");
}
