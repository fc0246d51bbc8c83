"use server";

import { revalidatePath } from "next/cache";
import { checkUser } from "@/lib/auth/guards";
import { addReviewComment, decideReview } from "@/lib/data/coordinator";
import { approveAssessmentSchema, returnAssessmentSchema, reviewCommentSchema } from "@/lib/review/schemas";
import { fail, fieldErrorsOf, ok, type ActionResult } from "./result";

/*
 * The coordinator's review actions: parse with the shared schema → check the role → the data layer checks
 * the status transition inside its transaction. Refusals come back as catalogue keys.
 */

function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return fail(issues[0]?.message ?? "validation.invalidForm", { fieldErrors: fieldErrorsOf(issues) });
}

function refreshReview(assessmentId: string) {
  revalidatePath(`/coordinator/assessments/${assessmentId}`);
  revalidatePath("/coordinator");
}

export async function addReviewCommentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = reviewCommentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const guard = await checkUser({ permission: "assessment:review" });
  if (!guard.ok) return fail(guard.error);
  const result = await addReviewComment(guard.user, parsed.data);
  if (result.ok) refreshReview(parsed.data.assessmentId);
  return result;
}

export async function returnAssessmentAction(input: unknown): Promise<ActionResult<{ status: string }>> {
  const parsed = returnAssessmentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const guard = await checkUser({ permission: "assessment:review" });
  if (!guard.ok) return fail(guard.error);
  const result = await decideReview(guard.user, { assessmentId: parsed.data.assessmentId, decision: "return", reason: parsed.data.reason });
  if (result.ok) refreshReview(parsed.data.assessmentId);
  return result.ok ? ok(result.data) : result;
}

export async function approveAssessmentAction(input: unknown): Promise<ActionResult<{ status: string }>> {
  const parsed = approveAssessmentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const guard = await checkUser({ permission: "assessment:review" });
  if (!guard.ok) return fail(guard.error);
  const result = await decideReview(guard.user, { assessmentId: parsed.data.assessmentId, decision: "approve" });
  if (result.ok) refreshReview(parsed.data.assessmentId);
  return result;
}
