import { OTHER_OPTION } from "@/lib/questionnaire/scales";
import type { ItemStrings, ItemView } from "./types";

/** An answer as a sentence fragment the person recognises: option labels, not option ids. */
export function describeAnswer(
  item: ItemView,
  value: string | string[] | number | null,
  otherText: string | null,
  strings: ItemStrings,
): string {
  if (value === null || value === "") return "";
  const labelOf = (option: string) =>
    option === OTHER_OPTION ? `${strings.other}${otherText ? `: ${otherText}` : ""}` : (item.options.find((o) => o.value === option)?.label ?? option);
  if (Array.isArray(value)) return value.map(labelOf).join(", ");
  if (typeof value === "number") return String(value);
  return item.options.length > 0 ? labelOf(value) : value;
}
