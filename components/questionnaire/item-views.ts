import "server-only";
import { getTranslations } from "next-intl/server";
import { isScoredItem } from "@/lib/questionnaire/lookup";
import { SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import type { Item, Section } from "@/lib/questionnaire/types";
import type { ItemStrings, ItemView, OptionView } from "./types";
import { instrumentKeys } from "@/lib/i18n/keys";

type InstrumentT = Awaited<ReturnType<typeof getTranslations<"instrument">>>;

function optionsOf(t: InstrumentT, item: Item): OptionView[] {
  switch (item.kind) {
    case "status":
    case "adoption":
    case "budget":
      return SCALE_OPTIONS[item.kind].map((value) => ({ value, label: t(instrumentKeys.scaleOption(item.kind, value)) }));
    case "single":
    case "multi":
      return item.options.map((value) => ({ value, label: t(instrumentKeys.itemOption(item.id, value)) }));
    default:
      return [];
  }
}

/** The section's items with their wording translated here, on the server (the browser never loads the instrument catalogue). */
export async function getItemViews(section: Section): Promise<ItemView[]> {
  const t = await getTranslations("instrument");
  return section.items.map((item) => {
    const helpKey = instrumentKeys.itemHelp(item.id);
    return {
      id: item.id,
      kind: item.kind,
      label: t(instrumentKeys.itemLabel(item.id)),
      help: t.has(helpKey) ? t(helpKey) : undefined,
      required: item.required,
      scored: isScoredItem(item),
      options: optionsOf(t, item),
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
  return (itemId) => t(instrumentKeys.itemLabel(itemId));
}

export async function getSectionTitles(): Promise<(sectionId: string) => string> {
  const t = await getTranslations("instrument");
  return (sectionId) => t(instrumentKeys.sectionTitle(sectionId));
}
