import { z } from "zod";
import { assessmentIdSchema, itemIdSchema, sectionIdSchema } from "@/lib/questionnaire/schemas";

/** The review inputs, shared by the coordinator's forms (zodResolver) and the actions (safeParse). */

export const REVIEW_TEXT_MAX_LENGTH = 2000;

const reviewText = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(REVIEW_TEXT_MAX_LENGTH, { error: "validation.tooLong" });

/** A comment on one item, on one section, or (neither given) on the whole assessment. */
export const reviewCommentSchema = z.object({
  assessmentId: assessmentIdSchema,
  sectionId: z.preprocess((value) => (value === "" ? undefined : value), sectionIdSchema.optional()),
  itemId: z.preprocess((value) => (value === "" ? undefined : value), itemIdSchema.optional()),
  body: reviewText,
});
export type ReviewCommentInput = z.input<typeof reviewCommentSchema>;
export type ReviewComment = z.output<typeof reviewCommentSchema>;

/** Returning an assessment needs a reason: the agency reads it on its assessment. */
export const returnAssessmentSchema = z.object({ assessmentId: assessmentIdSchema, reason: reviewText });
export type ReturnAssessmentInput = z.input<typeof returnAssessmentSchema>;

export const approveAssessmentSchema = z.object({ assessmentId: assessmentIdSchema });
export type ApproveAssessmentInput = z.input<typeof approveAssessmentSchema>;
