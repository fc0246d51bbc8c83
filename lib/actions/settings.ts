"use server";

import { revalidatePath } from "next/cache";
import { checkUser } from "@/lib/auth/guards";
import { helpLinkSchema } from "@/lib/help/help-link-schema";
import { updateHelpUrl } from "@/lib/data/settings/help-link";
import { fail, fieldErrorsOf, type ActionResult } from "./result";

/** The administrator's help and contact link (shown in every page's footer). */
export async function updateHelpLinkAction(input: unknown): Promise<ActionResult> {
  const guard = await checkUser({ permission: "admin:manage" });
  if (!guard.ok) return fail(guard.error);
  const parsed = helpLinkSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "validation.invalidForm", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const result = await updateHelpUrl(guard.user, parsed.data.helpUrl);
  // Every page's footer shows the link.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
