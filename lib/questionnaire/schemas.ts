import { z } from "zod";

import { answerEntrySchema, anyAnswerValueSchema, normaliseOtherText, otherTextInputSchema } from "./answer-schemas";
import { commentSchema } from "./comment-schema";
import { isAnswered } from "./completion";
import { getItem, ITEM_IDS, SECTION_IDS } from "./lookup";
import type { AnswerValue } from "./types";
import { VALIDATION_MESSAGES as M } from "./validation-messages";

/**
 * The input schemas of the questionnaire, shared by the forms (zodResolver) and the server actions
 * (safeParse). Every issue message is a key of the `validation` namespace (validation-messages.ts).
 */

export { answerEntrySchema, answerValueSchema } from "./answer-schemas";
export { COMMENT_MAX_LENGTH } from "./comment-schema";
export { fromSectionFormValues, sectionFormSchema, toSectionFormValues } from "./section-form";
export type { SectionFormEntry, SectionFormOutput, SectionFormValues } from "./section-form";

/** Database ids (cuid, cuid2 or uuid): letters, digits, `-` and `_`. */
export const assessmentIdSchema = z
  .string({ error: M.required })
  .trim()
  .min(1, { error: M.required })
  .max(64, { error: M.invalidId })
  .regex(/^[A-Za-z0-9_-]*$/, { error: M.invalidId });

export const itemIdSchema = z.enum(ITEM_IDS, { error: M.unknownItem });
export const sectionIdSchema = z.enum(SECTION_IDS, { error: M.unknownSection });

/** An empty value (`""`, `[]`) clears the answer, like `null`: an empty control means no answer. */
function valueToSave(value: AnswerValue | null): AnswerValue | null {
  return value !== null && isAnswered({ value }) ? value : null;
}

/** Saves (or, with `value: null`, clears) the answer to one item. */
export const saveAnswerSchema = z
  .object({
    assessmentId: assessmentIdSchema,
    itemId: itemIdSchema,
    value: anyAnswerValueSchema.nullable(),
    otherText: otherTextInputSchema,
  })
  // Runs only once the fields above parsed, so `itemId` is a known item here.
  .superRefine((input, ctx) => {
    const item = getItem(input.itemId);
    const value = valueToSave(input.value);
    if (value === null || !item) return;
    const result = answerEntrySchema(item).safeParse({ value, otherText: input.otherText });
    for (const issue of result.error?.issues ?? []) {
      const params = issue.code === "custom" ? issue.params : undefined;
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path, params });
    }
  })
  .transform((input) => {
    const value = valueToSave(input.value);
    return { ...input, value, otherText: normaliseOtherText(value, input.otherText) };
  });

/** The version of the stored answer a save was based on (0: there was none); see saveAnswer. */
export const answerBaseVersionSchema = z.number({ error: M.invalidType }).int({ error: M.invalidType }).min(0, { error: M.invalidType });

export type SaveAnswerInput = z.input<typeof saveAnswerSchema>;
export type SaveAnswer = z.output<typeof saveAnswerSchema>;

/** Saves the comment of one section; an empty comment clears it. */
export const sectionCommentSchema = z.object({
  assessmentId: assessmentIdSchema,
  sectionId: sectionIdSchema,
  comment: commentSchema,
});

export type SectionCommentInput = z.input<typeof sectionCommentSchema>;
export type SectionComment = z.output<typeof sectionCommentSchema>;

/** The first and last rounds (years) an assessment can be started for. */
export const ROUND_MIN = 2020;
export const ROUND_MAX = 2100;

/** Starts an assessment for a round (a year); the form sends the year as typed. */
export const createAssessmentSchema = z.object({
  round: z.coerce
    .number({ error: M.invalidRound })
    .int({ error: M.invalidRound })
    .min(ROUND_MIN, { error: M.invalidRound })
    .max(ROUND_MAX, { error: M.invalidRound }),
});

export type CreateAssessmentInput = z.input<typeof createAssessmentSchema>;

/** Submits an assessment. */
export const submitAssessmentSchema = z.object({ assessmentId: assessmentIdSchema });
