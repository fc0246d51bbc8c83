import { z } from "zod";
import { assessmentIdSchema, ROUND_MAX, ROUND_MIN, sectionIdSchema } from "@/lib/questionnaire/schemas";

/** Rounds over time: inputs shared by the respondent's forms and the actions. */

export const startNextRoundSchema = z.object({
  fromAssessmentId: assessmentIdSchema,
  round: z.coerce
    .number({ error: "validation.invalidRound" })
    .int({ error: "validation.invalidRound" })
    .min(ROUND_MIN, { error: "validation.invalidRound" })
    .max(ROUND_MAX, { error: "validation.invalidRound" }),
});
export type StartNextRoundInput = z.input<typeof startNextRoundSchema>;
export type StartNextRound = z.output<typeof startNextRoundSchema>;

/** The respondent has checked a section copied from the previous round. */
export const confirmSectionSchema = z.object({ assessmentId: assessmentIdSchema, sectionId: sectionIdSchema });
export type ConfirmSectionInput = z.input<typeof confirmSectionSchema>;
