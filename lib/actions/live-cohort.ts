"use server";

import { revalidatePath } from "next/cache";
import { checkUser } from "@/lib/auth/guards";
import { liveCohortOptOutSchema } from "@/lib/benchmarks/live-cohort-opt-out-schema";
import { setLiveCohortOptOut } from "@/lib/data/agencies";
import { fail, type ActionResult } from "./result";

/** A respondent opts their agency out of (or back into) the live cohorts (methodology §5). Audited. */
export async function setLiveCohortOptOutAction(input: unknown): Promise<ActionResult<{ optOut: boolean }>> {
  const parsed = liveCohortOptOutSchema.safeParse(input);
  if (!parsed.success) return fail("validation.invalidForm");
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return fail(guard.error);
  const result = await setLiveCohortOptOut(guard.user, parsed.data.optOut);
  if (result.ok) revalidatePath("/assessments", "layout");
  return result;
}
