import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";

// Every message key the import, the dataset schema and the chart emit exists in the three catalogues.
type Tree = { [key: string]: string | Tree };

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" && node.trim() !== "";
}

function keysIn(folder: string, pattern: RegExp): string[] {
  const files = readdirSync(folder).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
  const text = files.map((file) => readFileSync(join(folder, file), "utf8")).join("\n");
  return [...new Set([...text.matchAll(pattern)].map((match) => match[1] ?? ""))].sort();
}

const errorKeys = keysIn(__dirname, /"((?:dataset|import)\.errors\.\w+)"/g);
const chartKeys = keysIn(join(__dirname, "../charts"), /"benchmarks\.(chart\.\w+)"/g);

describe.each(LOCALES)("benchmarks catalogue in %s", (locale) => {
  const file = join(__dirname, "../i18n/messages", locale, "benchmarks.json");
  const catalogue = (JSON.parse(readFileSync(file, "utf8")) as { benchmarks: Tree }).benchmarks;

  it("has every error key the import and the schema raise", () => {
    expect(errorKeys.length).toBeGreaterThan(30);
    expect(errorKeys.filter((key) => !has(catalogue, key))).toEqual([]);
  });

  it("has every chart label", () => {
    expect(chartKeys).toEqual(expect.arrayContaining(["chart.noReferenceFigure", "chart.insufficient", "chart.indicativeNote"]));
    expect(chartKeys.filter((key) => !has(catalogue, key))).toEqual([]);
  });
});
