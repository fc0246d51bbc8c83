"use server";

import { after } from "next/server";
import {
  createAssessment,
  saveAnswer,
  saveSectionComment,
  submitAssessment,
} from "@/lib/data/assessments";
import {
  createAssessmentSchema,
  saveAnswerSchema,
  sectionCommentSchema,
  submitAssessmentSchema,
} from "@/lib/questionnaire/schemas";
import { prerenderReport } from "@/lib/data/reports/prerender-reports";
import { renderReport } from "@/lib/reports/render-report";
import { mapResult } from "@/lib/result";
import { defineAction } from "./define-action";

/*
 * The respondent's questionnaire. The data layer checks the agency and the status of the assessment.
 * Dates travel as ISO strings (the client formats them for the locale).
 */

export const createAssessmentAction = defineAction(
  { schema: createAssessmentSchema, permission: "assessment:fill", redirectTo: (data: { id: string }) => `/assessments/${data.id}` },
  (input, user) => createAssessment(user, input),
);

export const saveAnswerAction = defineAction({ schema: saveAnswerSchema, permission: "assessment:fill" }, async (input, user) =>
  mapResult(await saveAnswer(user, input), (data) => ({ savedAt: data.savedAt.toISOString() })),
);

export const saveSectionCommentAction = defineAction({ schema: sectionCommentSchema, permission: "assessment:fill" }, async (input, user) =>
  mapResult(await saveSectionComment(user, input), (data) => ({ savedAt: data.savedAt.toISOString() })),
);

export const submitAssessmentAction = defineAction({ schema: submitAssessmentSchema, permission: "assessment:fill" }, async (input, user) => {
  const result = await submitAssessment(user, input.assessmentId);
  // The PDF report is rendered once, in the background: the first download is already a read.
  if (result.ok) after(() => prerenderReport(user, input.assessmentId, renderReport));
  return mapResult(result, (data) => ({ submittedAt: data.submittedAt.toISOString() }));
});
