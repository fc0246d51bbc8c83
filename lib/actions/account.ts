"use server";

import { checkUser } from "@/lib/auth/guards";
import { changePasswordSchema, setPasswordSchema } from "@/lib/admin/schemas";
import { changePassword, setPasswordWithToken } from "@/lib/data/account";
import { fail, fieldErrorsOf, ok, type ActionResult } from "./result";

function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return fail(issues[0]?.message ?? "validation.invalidForm", { fieldErrors: fieldErrorsOf(issues) });
}

/** Public (the link is the credential): sets the password of an invited user. */
export async function acceptInvitationAction(input: unknown): Promise<ActionResult> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await setPasswordWithToken(parsed.data.token, "INVITE", parsed.data.password);
  return result.ok ? ok(undefined) : result;
}

/** Public (the link is the credential): sets a new password after an administrator's reset. */
export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await setPasswordWithToken(parsed.data.token, "RESET", parsed.data.password);
  return result.ok ? ok(undefined) : result;
}

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  const guard = await checkUser();
  if (!guard.ok) return fail(guard.error);
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  return changePassword(guard.user, parsed.data.currentPassword, parsed.data.password);
}
