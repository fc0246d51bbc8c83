"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checkUser } from "@/lib/auth/guards";
import { freezeLiveCohort } from "@/lib/data/live-items/freeze-live-cohort";
import { freezeCohortSchema } from "@/lib/study/schemas";
import { fail, fieldErrorsOf, type ActionResult } from "./result";

/**
 * Freezes the live cohort of a region and round into a new draft dataset version, then opens its preview
 * (published from there like an imported version). Nothing is published here.
 */
export async function freezeLiveCohortAction(input: unknown): Promise<ActionResult> {
  const parsed = freezeCohortSchema.safeParse(input);
  if (!parsed.success) return fail("validation.invalidInput", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const guard = await checkUser({ permission: "dataset:import" });
  if (!guard.ok) return fail(guard.error);
  const result = await freezeLiveCohort(guard.user, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/coordinator/datasets");
  redirect(`/coordinator/datasets/${result.data.id}`);
}
