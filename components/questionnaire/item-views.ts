import "server-only";
import { getTranslations } from "next-intl/server";
import { isScoredItem } from "@/lib/questionnaire/lookup";
import { SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import type { Item, Section } from "@/lib/questionnaire/types";
import type { ItemStrings, ItemView, OptionView } from "./types";

type InstrumentT = Awaited<ReturnType<typeof getTranslations<"instrument">>>;

function optionsOf(t: InstrumentT, item: Item, key: string): OptionView[] {
  switch (item.kind) {
    case "status":
    case "adoption":
    case "budget":
      return SCALE_OPTIONS[item.kind].map((value) => ({ value, label: t(`scales.${item.kind}.${value}` as never) }));
    case "single":
    case "multi":
      return item.options.map((value) => ({ value, label: t(`${key}.options.${value}` as never) }));
    default:
      return [];
  }
}

/** The section's items with their wording translated here, on the server (the browser never loads the instrument catalogue). */
export async function getItemViews(section: Section): Promise<ItemView[]> {
  const t = await getTranslations("instrument");
  return section.items.map((item) => {
    // Wording is keyed `items.<section>.<name>` (item ids are `<section>.<name>`).
    const key = `items.${item.id}`;
    const helpKey = `${key}.help` as never;
    return {
      id: item.id,
      kind: item.kind,
      label: t(`${key}.label` as never),
      help: t.has(helpKey) ? t(helpKey) : undefined,
      required: item.required,
      scored: isScoredItem(item),
      options: optionsOf(t, item, key),
      allowOther: item.kind === "multi" ? item.allowOther : undefined,
      exclusiveOption: item.kind === "multi" ? item.exclusiveOption : undefined,
      min: item.kind === "number" ? item.min : undefined,
      max: item.kind === "number" ? item.max : undefined,
      maxLength: item.kind === "text" ? item.maxLength : undefined,
    };
  });
}

export async function getItemStrings(): Promise<ItemStrings> {
  const t = await getTranslations("instrument");
  return { other: t("other"), otherPlaceholder: t("otherPlaceholder"), tickAllThatApply: t("tickAllThatApply") };
}

/** An item's label alone (review page links). */
export async function getItemLabels(): Promise<(itemId: string) => string> {
  const t = await getTranslations("instrument");
  return (itemId) => t(`items.${itemId}.label` as never);
}

export async function getSectionTitles(): Promise<(sectionId: string) => string> {
  const t = await getTranslations("instrument");
  return (sectionId) => t(`sections.${sectionId}.title` as never);
}
