"use server";

import {
  createAssessment,
  submitAssessment,
} from "@/lib/data/assessments";
import {
  createAssessmentSchema,
  submitAssessmentSchema,
} from "@/lib/questionnaire/schemas";
import { mapResult } from "@/lib/result";
import { defineAction } from "./define-action";

/*
 * The respondent's questionnaire (answers and comments are autosaved through the JSON routes under
 * app/api/assessments/[assessmentId]/). The data layer checks the agency and the status of the assessment.
 * Dates travel as ISO strings (the client formats them for the locale).
 */

export const createAssessmentAction = defineAction(
  { schema: createAssessmentSchema, permission: "assessment:fill", redirectTo: (data: { id: string }) => `/assessments/${data.id}` },
  (input, user) => createAssessment(user, input),
);

export const submitAssessmentAction = defineAction({ schema: submitAssessmentSchema, permission: "assessment:fill" }, async (input, user) =>
  mapResult(await submitAssessment(user, input.assessmentId), (data) => ({ submittedAt: data.submittedAt.toISOString() })),
);
