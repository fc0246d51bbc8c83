import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { allItems, getSectionOfItem, parts, sections } from "@/lib/questionnaire/lookup";
import { OTHER_OPTION, SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import type { Provenance } from "@/lib/questionnaire/types";
import { VALIDATION_MESSAGES } from "@/lib/questionnaire/validation-messages";

import { LOCALES } from "./locales";

/*
 * The three languages stay complete: every namespace file under messages/en has its twin in fr and es
 * with exactly the same keys, no empty string, and the same ICU arguments. Generic over the folder,
 * so a namespace added later is covered without touching this test.
 */
type Tree = { [key: string]: string | Tree };

const MESSAGES_DIR = join(__dirname, "messages");
const FILES = readdirSync(join(MESSAGES_DIR, "en")).filter((file) => file.endsWith(".json")).sort();
const OTHER_LOCALES = LOCALES.filter((locale) => locale !== "en");

function load(locale: string, file: string): Tree {
  return JSON.parse(readFileSync(join(MESSAGES_DIR, locale, file), "utf8")) as Tree;
}

function leaves(tree: Tree, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [leafPath, leaf] of leaves(value, path)) found.set(leafPath, leaf);
    } else {
      found.set(path, value);
    }
  }
  return found;
}

/** ICU argument names, e.g. `{count, plural, …}` → `count`. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1] ?? ""))].sort();
}

const catalogues = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.fromEntries(FILES.map((file) => [file, leaves(load(locale, file))]))]),
);

describe("message catalogues", () => {
  it("has the namespace files", () => {
    expect(FILES).toEqual(expect.arrayContaining(["instrument.json", "validation.json"]));
    for (const locale of OTHER_LOCALES) {
      expect(readdirSync(join(MESSAGES_DIR, locale)).filter((file) => file.endsWith(".json")).sort()).toEqual(FILES);
    }
  });

  it.each(FILES)("%s has one top-level key, its namespace", (file) => {
    for (const locale of LOCALES) expect(Object.keys(load(locale, file))).toEqual([file.replace(/\.json$/, "")]);
  });

  it.each(FILES.flatMap((file) => OTHER_LOCALES.map((locale) => [file, locale])))("%s: %s has the keys of en", (file, locale) => {
    expect([...catalogues[locale]![file]!.keys()].sort()).toEqual([...catalogues.en![file]!.keys()].sort());
  });

  it.each(FILES.flatMap((file) => LOCALES.map((locale) => [file, locale])))("%s: %s has no empty message", (file, locale) => {
    const empty = [...catalogues[locale]![file]!].filter(([, value]) => typeof value !== "string" || value.trim() === "");
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it.each(FILES.flatMap((file) => OTHER_LOCALES.map((locale) => [file, locale])))("%s: %s uses the ICU arguments of en", (file, locale) => {
    for (const [key, message] of catalogues.en![file]!) {
      const translated = catalogues[locale]![file]!.get(key);
      if (typeof message !== "string" || typeof translated !== "string") continue;
      expect(argumentsOf(translated), `${locale} ${key}`).toEqual(argumentsOf(message));
    }
  });

  it.each(FILES.flatMap((file) => LOCALES.map((locale) => [file, locale] as const)))("%s: %s messages are valid ICU", (file, locale) => {
    const invalid: string[] = [];
    const t = createTranslator({
      locale,
      messages: load(locale, file),
      // A missing argument value is expected here; only a message that does not parse is a bug.
      onError: (error) => {
        if (error.code === "INVALID_MESSAGE") invalid.push(error.message);
      },
    });
    for (const key of catalogues[locale]![file]!.keys()) (t as unknown as (key: string) => string)(key);
    expect(invalid).toEqual([]);
  });
});

describe.each(LOCALES)("the instrument in %s", (locale) => {
  const messages = catalogues[locale]!["instrument.json"]!;
  const has = (key: string) => typeof messages.get(`instrument.${key}`) === "string";
  const missing = (keys: string[]) => keys.filter((key) => !has(key));

  it("names every part and section", () => {
    expect(missing(parts.flatMap((part) => [`parts.${part.id}.title`, `parts.${part.id}.description`]))).toEqual([]);
    expect(missing(sections.map((section) => `sections.${section.id}.title`))).toEqual([]);
  });

  it("names every option of every scale", () => {
    expect(missing(Object.entries(SCALE_OPTIONS).flatMap(([scale, options]) => options.map((option) => `scales.${scale}.${option}`)))).toEqual([]);
  });

  it("labels every item and every option of its own list", () => {
    const keys = allItems.flatMap((item) => {
      const options = item.kind === "single" || item.kind === "multi" ? item.options : [];
      return [`items.${item.id}.label`, ...options.map((option) => `items.${item.id}.options.${option}`)];
    });
    expect(missing(keys)).toEqual([]);
    expect(allItems.every((item) => getSectionOfItem(item.id))).toBe(true);
  });

  it("labels `other`, its placeholder and every provenance", () => {
    const provenances: Provenance[] = ["deck", "deck-text", "2020", "ours"];
    expect(missing([OTHER_OPTION, "otherPlaceholder", ...provenances.map((provenance) => `provenance.${provenance}`)])).toEqual([]);
  });

  it("translates every validation message the schemas raise", () => {
    const validation = catalogues[locale]!["validation.json"]!;
    const generic = ["required", "invalidEmail", "tooLong", "notDraft", "forbidden", "notFound"].map((key) => `validation.${key}`);
    expect([...Object.values(VALIDATION_MESSAGES), ...generic].filter((key) => typeof validation.get(key) !== "string")).toEqual([]);
  });
});
