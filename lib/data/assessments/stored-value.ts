import { z } from "zod";
import { anyAnswerValueSchema } from "@/lib/questionnaire/answer-schemas";
import type { AnswerValue } from "@/lib/questionnaire/types";

/**
 * The `value` column of an answer row: JSON text holding a string, a list of strings or a number. Read
 * through the answer schema, never cast: a row that does not parse is a bug (it throws), not an answer.
 */
const storedValueSchema = z
  .string()
  .transform((text, ctx): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "stored answer value is not JSON" });
      return z.NEVER;
    }
  })
  .pipe(anyAnswerValueSchema);

export function readStoredValue(text: string): AnswerValue {
  return storedValueSchema.parse(text);
}

/** The text stored for a value; equal values give equal text (a repeated save is recognised as such). */
export function toStoredValue(value: AnswerValue): string {
  return JSON.stringify(value);
}
