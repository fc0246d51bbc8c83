import { OTHER_OPTION } from "@/lib/questionnaire/scales";
import type { AnswerEntry, Item } from "@/lib/questionnaire/types";

/** Translates a key of the "instrument" namespace (the keys are built from item and option ids). */
export type InstrumentTranslate = (key: string) => string;

export function itemLabel(t: InstrumentTranslate, item: Item): string {
  return t(`items.${item.id}.label`);
}

function optionLabel(t: InstrumentTranslate, item: Item, option: string): string {
  if (item.kind === "status" || item.kind === "adoption" || item.kind === "budget") return t(`scales.${item.kind}.${option}`);
  if (option === OTHER_OPTION) return t("other");
  return t(`items.${item.id}.options.${option}`);
}

/** An answer as the reader reads it: option labels in their language, numbers and free text as given. */
export function answerText(t: InstrumentTranslate, item: Item, entry: AnswerEntry | undefined): string | null {
  if (!entry) return null;
  const { value } = entry;
  if (typeof value === "number") return String(value);
  if (item.kind === "text") return String(value);
  const options = Array.isArray(value) ? value : [value];
  return options
    .map((option) => (option === OTHER_OPTION && entry.otherText ? `${optionLabel(t, item, option)}: ${entry.otherText}` : optionLabel(t, item, option)))
    .join("; ");
}
