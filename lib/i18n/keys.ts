import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/** The keys that `getTranslations(namespace)` / `useTranslations(namespace)` accept, typed from the catalogue. */
export type KeyIn<N extends keyof Messages> = MessageKeys<Messages[N], NestedKeyOf<Messages[N]>>;

/*
 * Keys built from run-time ids: item ids, scale options, part and section ids. This is the one place where
 * such a string meets the typed catalogue; lib/i18n/catalogues.test.ts checks that every part, section,
 * item, item option and scale option of the instrument has its key in all three languages.
 * Item ids are `<section>.<name>`, so an item's wording sits at `items.<section>.<name>`.
 */
export const instrumentKeys = {
  partTitle: (partId: string) => `parts.${partId}.title` as KeyIn<"instrument">,
  sectionTitle: (sectionId: string) => `sections.${sectionId}.title` as KeyIn<"instrument">,
  sectionDescription: (sectionId: string) => `sections.${sectionId}.description` as KeyIn<"instrument">,
  itemLabel: (itemId: string) => `items.${itemId}.label` as KeyIn<"instrument">,
  itemHelp: (itemId: string) => `items.${itemId}.help` as KeyIn<"instrument">,
  itemOption: (itemId: string, option: string) => `items.${itemId}.options.${option}` as KeyIn<"instrument">,
  scaleOption: (scale: string, option: string) => `scales.${scale}.${option}` as KeyIn<"instrument">,
};

/** The answer guidance (guidance.json): what each scale option means, and an item's example. */
export const guidanceKeys = {
  scaleOption: (scale: string, option: string) => `scales.${scale}.${option}` as KeyIn<"guidance">,
  itemExample: (itemId: string) => `items.${itemId}` as KeyIn<"guidance">,
};

/** Region names (common.json); every region of the schema's enum has one (catalogues.test.ts). */
export const commonKeys = {
  region: (region: string) => `regions.${region}` as KeyIn<"common">,
};
