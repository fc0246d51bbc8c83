import { OTHER_OPTION } from "@/lib/questionnaire/scales";
import type { AnswerEntry, Item } from "@/lib/questionnaire/types";
import type { ReportTranslator } from "./translator";

/** Catalogue key of an item's wording: `instrument.items.<section>.<name>.label`. */
export function itemLabelKey(itemId: string): string {
  return `instrument.items.${itemId}.label`;
}

/** The label of one option of an item, in the report's language. */
export function optionLabel(t: ReportTranslator, item: Item, option: string): string {
  if (option === OTHER_OPTION) return t("instrument.other");
  if (item.kind === "status" || item.kind === "adoption" || item.kind === "budget") return t(`instrument.scales.${item.kind}.${option}`);
  return t(`instrument.items.${item.id}.options.${option}`);
}

/** An answer as the agency gave it: option labels, ticked options joined, numbers and text as entered. */
export function answerText(t: ReportTranslator, item: Item, entry: AnswerEntry | undefined): string | null {
  if (entry === undefined) return null;
  const { value, otherText } = entry;
  if (typeof value === "number") return String(value);
  if (item.kind === "text") return String(value);
  const options = Array.isArray(value) ? value : [value];
  return options
    .map((option) => (option === OTHER_OPTION && otherText ? `${optionLabel(t, item, option)}: ${otherText}` : optionLabel(t, item, option)))
    .join("; ");
}
