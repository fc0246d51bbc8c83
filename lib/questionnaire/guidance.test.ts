import { describe, expect, it } from "vitest";
import { GLOSSARY_TERMS } from "@/lib/help/glossary";
import { getMessages } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/locales";
import { ITEM_GUIDANCE } from "./guidance";
import { allItems, isScoredItem } from "./lookup";
import { SCALE_OPTIONS } from "./scales";

type Tree = { [key: string]: string | Tree | undefined };
const at = (tree: unknown, path: string): unknown => path.split(".").reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

describe("answer guidance", () => {
  const scored = allItems.filter(isScoredItem);

  it("covers every scored item, and only items of the instrument", () => {
    expect(Object.keys(ITEM_GUIDANCE).sort()).toEqual(scored.map((item) => item.id).sort());
  });

  it("cites the deck only for guidance said to be the study's", () => {
    for (const [id, guidance] of Object.entries(ITEM_GUIDANCE)) {
      if ("note" in guidance) expect(guidance.source, id).not.toBe("ours");
    }
  });

  it.each(LOCALES)("has an example for every scored item and a meaning for every answer option in %s", (locale) => {
    const guidance = getMessages(locale).guidance;
    for (const item of scored) {
      const [section, name] = item.id.split(".");
      expect(at(guidance.items, `${section}.${name}`), `${locale} ${item.id}`).toEqual(expect.stringMatching(/\S{3}/));
    }
    for (const [scale, options] of Object.entries(SCALE_OPTIONS)) {
      for (const option of options) expect(at(guidance.scales, `${scale}.${option}`), `${locale} ${scale}.${option}`).toEqual(expect.any(String));
    }
  });

  it.each(LOCALES)("defines every glossary term in %s", (locale) => {
    const terms = getMessages(locale).guidance.glossary.terms;
    for (const term of GLOSSARY_TERMS) {
      expect(at(terms, `${term.id}.term`), `${locale} ${term.id}`).toEqual(expect.any(String));
      expect(at(terms, `${term.id}.definition`), `${locale} ${term.id}`).toEqual(expect.any(String));
    }
    expect(Object.keys(terms).sort()).toEqual(GLOSSARY_TERMS.map((term) => term.id).sort());
  });
});
