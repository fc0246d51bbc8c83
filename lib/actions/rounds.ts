"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checkUser } from "@/lib/auth/guards";
import { confirmSection, startNextRound } from "@/lib/data/assessments";
import { confirmSectionSchema, startNextRoundSchema } from "@/lib/rounds/schemas";
import { fail, fieldErrorsOf, ok, type ActionResult } from "./result";

export async function startNextRoundAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = startNextRoundSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "validation.invalidForm", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return fail(guard.error);
  const result = await startNextRound(guard.user, parsed.data);
  if (!result.ok) return result;
  redirect(`/assessments/${result.data.id}`);
}

export async function confirmSectionAction(input: unknown): Promise<ActionResult<{ confirmedAt: string }>> {
  const parsed = confirmSectionSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "validation.invalidForm");
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return fail(guard.error);
  const result = await confirmSection(guard.user, parsed.data);
  if (!result.ok) return result;
  revalidatePath(`/assessments/${parsed.data.assessmentId}`);
  return ok({ confirmedAt: result.data.confirmedAt.toISOString() });
}
