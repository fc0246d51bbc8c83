import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import compile from "icu-minify/compile";
import format, { type CompiledMessage } from "icu-minify/format";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { LOCALES } from "./locales";

/*
 * The build compiles the catalogues (next.config.js: next-intl's `messages.precompile`, icu-minify), and the
 * app formats the compiled form, on the server and in the browser. Unit tests and scripts format the JSON
 * with the full ICU formatter. This test checks that both give the same text for every message of every
 * language, for every plural category and select branch the message has: a message the compiled formatter
 * would render differently (a plural offset, a named number style such as `percent`) fails here.
 */
type Tree = { [key: string]: string | Tree };
type Values = Record<string, string | number>;

const MESSAGES_DIR = join(__dirname, "messages");
const FILES = readdirSync(join(MESSAGES_DIR, "en")).filter((file) => file.endsWith(".json"));

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

// icu-minify's compiled form: a message (and each branch of a plural or select) is a string, a `#` (0), or a
// list of nodes; a node is a string, a `#`, [name] (an argument), [name, type, options] (a typed argument)
// or [tag, ...children].
const SELECT = 1;
const PLURAL = 2;
const SELECTORDINAL = 3;
const NUMBER = 4;
const PLAIN_TEXT = "Ana";
type Found = Map<string, Set<string | number>>;

/** For each argument of a compiled message, the values that reach every branch of it. */
function argumentValues(message: CompiledMessage, found: Found = new Map()): Found {
  if (Array.isArray(message)) for (const node of message) if (Array.isArray(node)) addNode(node as unknown[], found);
  return found;
}

function addNode([name, type, ...rest]: unknown[], found: Found) {
  if (typeof type !== "number" && type !== undefined) {
    // A tag: its children are nodes.
    argumentValues([type, ...rest] as CompiledMessage, found);
    return;
  }
  const values = found.get(name as string) ?? new Set<string | number>();
  found.set(name as string, values);
  if (type === PLURAL || type === SELECTORDINAL || type === NUMBER) {
    // A count printed as `{n}` elsewhere in the message is still a number.
    values.delete(PLAIN_TEXT);
    for (const value of [0, 1, 2, 3, 5, 21, 1234.5]) values.add(value);
  } else if (type === SELECT) {
    for (const value of [...Object.keys(rest[0] as object), "none-of-these"]) values.add(value);
  } else if (values.size === 0) {
    values.add(PLAIN_TEXT);
  }
  if (type === SELECT || type === PLURAL || type === SELECTORDINAL) {
    for (const branch of Object.values(rest[0] as Record<string, CompiledMessage>)) argumentValues(branch, found);
  }
}

/** Every combination of the argument values (the messages have at most a few arguments). */
function combinations(values: Map<string, Set<string | number>>): Values[] {
  return [...values].reduce<Values[]>(
    (sets, [name, options]) => sets.flatMap((set) => [...options].map((value) => ({ ...set, [name]: value }))),
    [{}],
  );
}

const formatters = {
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

describe.each(LOCALES)("compiled messages in %s", (locale) => {
  it.each(FILES)("%s formats as the ICU formatter does", (file) => {
    const tree = JSON.parse(readFileSync(join(MESSAGES_DIR, locale, file), "utf8")) as Tree;
    const t = createTranslator({ locale, messages: tree, timeZone: "UTC" }) as unknown as (key: string, values?: Values) => string;
    const differences: string[] = [];
    for (const [key, message] of leaves(tree)) {
      const compiled = compile(message);
      for (const values of combinations(argumentValues(compiled))) {
        const expected = t(key, values);
        const actual = format(compiled, locale, values, { formatters, timeZone: "UTC" });
        if (actual !== expected) differences.push(`${key} ${JSON.stringify(values)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
