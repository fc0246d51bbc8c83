"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { auth, signIn, signOut } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { HOME_BY_ROLE } from "@/lib/auth/roles";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { revokeSession } from "@/lib/data/sessions";
import { getUserByEmail } from "@/lib/data/users";
import { getEnv } from "@/lib/env";
import { localeCookieOptions } from "@/lib/security/cookies";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { fail, fieldErrorsOf, type ActionResult } from "./result";

export async function signInAction(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return fail("validation.invalidForm", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const isLocked = "code" in error && error.code === "locked";
      return fail(isLocked ? "auth.lockedOut" : "auth.invalidCredentials");
    }
    throw error;
  }
  const user = await getUserByEmail(email);
  if (user && isLocale(user.language)) {
    (await cookies()).set(LOCALE_COOKIE, user.language, localeCookieOptions());
  }
  redirect(safeCallbackPath(callbackUrl, getEnv().APP_URL) ?? (user ? HOME_BY_ROLE[user.role] : "/"));
}

export async function signOutAction(): Promise<void> {
  // Revoked on the server first: a session cookie that comes back later (e.g. set again by a request that
  // was in flight) no longer opens anything.
  const sessionId = (await auth())?.user?.sessionId;
  if (sessionId) await revokeSession(sessionId);
  await signOut({ redirectTo: "/sign-in" });
}
