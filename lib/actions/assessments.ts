"use server";

import { redirect } from "next/navigation";
import { checkUser } from "@/lib/auth/guards";
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
import { fail, fieldErrorsOf, ok, type ActionResult } from "./result";

/*
 * Thin edges: parse with the shared schema → check the user → call the data layer (which checks role,
 * agency and status) → return a result. Error messages are catalogue keys the form translates.
 * Dates travel as ISO strings (the client formats them for the locale).
 */

function firstIssueOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues[0]?.message ?? "validation.invalidForm";
}

export async function createAssessmentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = createAssessmentSchema.safeParse(input);
  if (!parsed.success) return fail(firstIssueOf(parsed.error.issues), { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return fail(guard.error);
  const result = await createAssessment(guard.user, parsed.data);
  if (!result.ok) return result;
  redirect(`/assessments/${result.data.id}`);
}

export async function saveAnswerAction(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  const parsed = saveAnswerSchema.safeParse(input);
  if (!parsed.success) return fail(firstIssueOf(parsed.error.issues), { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return fail(guard.error);
  const result = await saveAnswer(guard.user, parsed.data);
  return result.ok ? ok({ savedAt: result.data.savedAt.toISOString() }) : result;
}

export async function saveSectionCommentAction(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  const parsed = sectionCommentSchema.safeParse(input);
  if (!parsed.success) return fail(firstIssueOf(parsed.error.issues), { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return fail(guard.error);
  const result = await saveSectionComment(guard.user, parsed.data);
  return result.ok ? ok({ savedAt: result.data.savedAt.toISOString() }) : result;
}

export async function submitAssessmentAction(input: unknown): Promise<ActionResult<{ submittedAt: string }>> {
  const parsed = submitAssessmentSchema.safeParse(input);
  if (!parsed.success) return fail(firstIssueOf(parsed.error.issues));
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return fail(guard.error);
  const result = await submitAssessment(guard.user, parsed.data.assessmentId);
  return result.ok ? ok({ submittedAt: result.data.submittedAt.toISOString() }) : result;
}
