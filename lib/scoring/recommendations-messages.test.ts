import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { RECOMMENDATIONS } from "./recommendations";

type Tree = { [key: string]: string | Tree };

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" && node.trim() !== "";
}

// A dimension below Advanced moves on to Emerging, Developing or Advanced: each needs its descriptor.
const NEXT_STAGES = ["emerging", "developing", "advanced"] as const;

describe.each(LOCALES)("recommendations catalogue in %s", (locale) => {
  const file = join(__dirname, "../i18n/messages", locale, "recommendations.json");
  const catalogue = (JSON.parse(readFileSync(file, "utf8")) as { recommendations: Tree }).recommendations;

  it("words every recommendation", () => {
    const keys = RECOMMENDATIONS.flatMap((r) => [`items.${r.id}.title`, `items.${r.id}.body`]);
    expect(keys.filter((key) => !has(catalogue, key))).toEqual([]);
  });

  it("describes the next stage of every dimension", () => {
    const keys = DIMENSION_IDS.flatMap((d) => NEXT_STAGES.map((stage) => `nextStage.${d}.${stage}`));
    expect(keys.filter((key) => !has(catalogue, key))).toEqual([]);
  });
});
