import { anyAnswerValueSchema } from "@/lib/questionnaire/answer-schemas";
import type { AnswerValue } from "@/lib/questionnaire/types";

/*
 * The `value` column of an answer row is a Json column holding a string, a list of strings or a number.
 * Writers pass the value itself (Prisma serialises it: a text answer "3" is stored as the JSON string `"3"`
 * and read back as the string "3", never as the number 3; stored-value-column.test.ts checks it on both
 * databases).
 */

/**
 * Reads a stored value through the answer schema, never a cast: a row that does not parse is a bug (it
 * throws), not an answer. Every reader goes through here, Prisma rows and the exports' raw aggregates alike.
 */
export function readStoredValue(stored: unknown): AnswerValue {
  return anyAnswerValueSchema.parse(stored);
}

/**
 * Whether a stored value (absent: null) and a new one (cleared: null) are the same answer, so that a repeated
 * save is recognised as such. Compared as canonical JSON text, not by identity: a list read back from the
 * database is a new array. Answers hold no objects, so JSON.stringify is canonical (both databases keep the
 * order of a list).
 */
export function isSameStoredValue(stored: unknown, value: AnswerValue | null): boolean {
  if (stored === null || value === null) return stored === value;
  return JSON.stringify(readStoredValue(stored)) === JSON.stringify(value);
}
