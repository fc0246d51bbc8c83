"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { checkUser } from "@/lib/auth/guards";
import { changePasswordSchema, setPasswordSchema } from "@/lib/admin/schemas";
import { clientIp } from "@/lib/auth/credentials";
import { forgotPasswordSchema } from "@/lib/auth/forgot-password-schema";
import { startSession } from "@/lib/auth/start-session";
import { changePassword, requestPasswordReset, setPasswordWithToken, type ResetRequestOutcome } from "@/lib/data/account";
import type { LinkPurpose } from "@/lib/mail/build-message";
import { fail, fieldErrorsOf, ok, type ActionResult } from "./result";

function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return fail(issues[0]?.message ?? "validation.invalidForm", { fieldErrors: fieldErrorsOf(issues) });
}

/**
 * Sets the password from a one-time link, then signs the person in and sends them home. If the sign-in
 * itself is refused (e.g. a lockout window), the password stays set and the form says to sign in.
 */
async function setPasswordAndSignIn(input: unknown, purpose: LinkPurpose): Promise<ActionResult> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await setPasswordWithToken(parsed.data.token, purpose, parsed.data.password);
  if (!result.ok) return result;
  let home: string;
  try {
    home = await startSession(result.data.email, parsed.data.password);
  } catch (error) {
    if (error instanceof AuthError) return ok(undefined);
    throw error;
  }
  redirect(home);
}

/** Public (the link is the credential): sets the password of an invited user. */
export async function acceptInvitationAction(input: unknown): Promise<ActionResult> {
  return setPasswordAndSignIn(input, "INVITE");
}

/** Public (the link is the credential): sets a new password from a reset link. */
export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  return setPasswordAndSignIn(input, "RESET");
}

/** Public: "forgot password". The answer never says whether the account exists. */
export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<{ outcome: Exclude<ResetRequestOutcome, "rate-limited"> }>> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const outcome = await requestPasswordReset(parsed.data.email, clientIp({ headers: await headers() }));
  if (outcome === "rate-limited") return fail("auth.forgot.rateLimited");
  return ok({ outcome });
}

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  const guard = await checkUser();
  if (!guard.ok) return fail(guard.error);
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  return changePassword(guard.user, parsed.data.currentPassword, parsed.data.password);
}
