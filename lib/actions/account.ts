"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { changePasswordSchema, setPasswordSchema } from "@/lib/admin/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { forgotPasswordSchema } from "@/lib/auth/forgot-password-schema";
import { changePassword, requestPasswordReset, setPasswordWithToken } from "@/lib/data/account";
import type { LinkPurpose } from "@/lib/mail/build-message";
import { fail, ok, type Result } from "@/lib/result";
import { startSession } from "@/lib/session/start-session";
import { defineAction } from "./define-action";

/**
 * Sets the password from a one-time link, then signs the person in and sends them home. If the sign-in
 * itself is refused (e.g. a lockout window), the password stays set and the form says to sign in.
 */
async function setPasswordAndSignIn(input: { token: string; password: string }, purpose: LinkPurpose): Promise<Result> {
  const result = await setPasswordWithToken(input.token, purpose, input.password);
  if (!result.ok) return result;
  let home: string;
  try {
    home = await startSession(result.data.email, input.password);
  } catch (error) {
    if (error instanceof AuthError) return ok();
    throw error;
  }
  redirect(home);
}

/** Public (the link is the credential): sets the password of an invited user. */
export const acceptInvitationAction = defineAction({ schema: setPasswordSchema, permission: "public" }, (input) =>
  setPasswordAndSignIn(input, "INVITE"),
);

/** Public (the link is the credential): sets a new password from a reset link. */
export const resetPasswordAction = defineAction({ schema: setPasswordSchema, permission: "public" }, (input) =>
  setPasswordAndSignIn(input, "RESET"),
);

/** Public: "forgot password". The answer never says whether the account exists. */
export const requestPasswordResetAction = defineAction({ schema: forgotPasswordSchema, permission: "public" }, async (input) => {
  const outcome = await requestPasswordReset(input.email, clientIp({ headers: await headers() }));
  if (outcome === "rate-limited") return fail("rateLimited", "auth.forgot.rateLimited");
  return ok({ outcome });
});

export const changePasswordAction = defineAction({ schema: changePasswordSchema, permission: "signed-in" }, (input, user) =>
  changePassword(user, input.currentPassword, input.password),
);
