"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { HOME_BY_ROLE } from "@/lib/auth/roles";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { revokeSession } from "@/lib/data/sessions";
import { getUserByEmail } from "@/lib/data/users";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { fail, fieldErrorsOf, ok } from "@/lib/result";
import { auth, signIn, signOut } from "@/lib/session/auth";
import { defineAction } from "./define-action";

/** Only same-site paths may be returned to after sign-in. */
function safeCallbackUrl(url: string | undefined): string | null {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/sign-in")) return null;
  return url;
}

export const signInAction = defineAction(
  {
    schema: signInSchema,
    permission: "public",
    onInvalid: (issues) => fail("invalid", "validation.invalidForm", { fieldErrors: fieldErrorsOf(issues) }),
  },
  async ({ email, password, callbackUrl }) => {
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) {
        const isLocked = "code" in error && error.code === "locked";
        return isLocked ? fail("rateLimited", "auth.lockedOut") : fail("unauthenticated", "auth.invalidCredentials");
      }
      throw error;
    }
    const user = await getUserByEmail(email);
    if (user && isLocale(user.language)) {
      (await cookies()).set(LOCALE_COOKIE, user.language, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    }
    redirect(safeCallbackUrl(callbackUrl) ?? (user ? HOME_BY_ROLE[user.role] : "/"));
    return ok();
  },
);

/*
 * Signing out is posted by a <form action>, whose argument (FormData) carries nothing: the schema accepts
 * anything, and the form needs a function that returns nothing.
 */
const signOutNow = defineAction({ schema: z.unknown(), permission: "public" }, async (_input, user) => {
  // Revoked on the server first: a session cookie that comes back later (e.g. set again by a request that
  // was in flight) no longer opens anything.
  const sessionId = user?.sessionId ?? (await auth())?.user?.sessionId;
  if (sessionId) await revokeSession(sessionId);
  await signOut({ redirectTo: "/sign-in" });
  return ok();
});

export async function signOutAction(): Promise<void> {
  await signOutNow(undefined);
}
