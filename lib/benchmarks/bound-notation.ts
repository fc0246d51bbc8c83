import type { BoundSpec } from "./citation-schema";
import type { Bound } from "./dataset-schema";

/**
 * The one-cell form of a structured bound in the CSV sheet, in square brackets, e.g.
 * `[fully_in_place+in_development = 11/11]`, `[<= 5/11 not_in_top_8]`, `[~ 3/11]`, `[fully_in_place < 10%]`: options joined by `+` (optional), the comparison
 * (`=`, `<`, `<=`, `~` for about), the value out of n (`5/11`) or in percent (`10%`), an optional note.
 * A cell without the brackets is kept as text (the bounds of datasets made before 2026.2, which the
 * brackets keep apart from the notation).
 */
const OPERATORS = { "=": "eq", "<": "lt", "<=": "le", "~": "about" } as const;
const NOTATION = /^\[(?:([a-z0-9_]+(?:\+[a-z0-9_]+)*) )?(<=|=|<|~) (\d+(?:\.\d+)?)(?:\/(\d+)|%)(?: (not_in_top_8|each))?\]$/;

export function formatBoundNotation(bound: BoundSpec): string {
  const operator = Object.entries(OPERATORS).find(([, comparison]) => comparison === bound.comparison)?.[0] ?? "=";
  const amount = bound.unit === "percent" ? `${bound.value}%` : `${bound.value}/${bound.of ?? ""}`;
  return `[${[bound.options?.join("+"), operator, amount, bound.note].filter((part) => part !== undefined).join(" ")}]`;
}

/** A CSV cell as a bound: structured when it follows the notation, else the text as written. */
export function parseBoundNotation(cell: string): Bound {
  const match = NOTATION.exec(cell);
  if (!match) return cell;
  const [, options, operator, value, of, note] = match;
  return {
    comparison: OPERATORS[operator as keyof typeof OPERATORS],
    value: Number(value),
    unit: of === undefined ? "percent" : "pes",
    ...(of !== undefined && { of: Number(of) }),
    ...(options !== undefined && { options: options.split("+") }),
    ...(note !== undefined && { note: note as BoundSpec["note"] }),
  };
}

export function formatBound(bound: Bound): string {
  return typeof bound === "string" ? bound : formatBoundNotation(bound);
}
