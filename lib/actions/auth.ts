"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { revokeSession } from "@/lib/data/sessions";
import { getEnv } from "@/lib/env";
import { fail, fieldErrorsOf, ok } from "@/lib/result";
import { signOut } from "@/lib/session/auth";
import { readSessionToken } from "@/lib/session/session-token";
import { startSession } from "@/lib/session/start-session";
import { defineAction } from "./define-action";

export const signInAction = defineAction(
  {
    schema: signInSchema,
    permission: "public",
    onInvalid: (issues) => fail("invalid", "validation.invalidForm", { fieldErrors: fieldErrorsOf(issues) }),
  },
  async ({ email, password, callbackUrl }) => {
    let home: string;
    try {
      home = await startSession(email, password);
    } catch (error) {
      if (error instanceof AuthError) {
        const code = "code" in error ? error.code : undefined;
        if (code === "locked") return fail("rateLimited", "auth.lockedOut");
        if (code === "busy") return fail("rateLimited", "auth.busy");
        return fail("unauthenticated", "auth.invalidCredentials");
      }
      throw error;
    }
    redirect(safeCallbackPath(callbackUrl, getEnv().APP_URL) ?? home);
  },
);

/*
 * Signing out is posted by a <form action>, whose argument (FormData) carries nothing: the schema accepts
 * anything, and the form needs a function that returns nothing.
 */
const signOutNow = defineAction({ schema: z.unknown(), permission: "public" }, async (_input, user) => {
  // Revoked on the server first: a session cookie that comes back later (e.g. set again by a request that
  // was in flight) no longer opens anything.
  const sessionId = user?.sessionId ?? (await readSessionToken())?.sessionId;
  if (sessionId) await revokeSession(sessionId);
  await signOut({ redirectTo: "/sign-in" });
  return ok();
});

export async function signOutAction(): Promise<void> {
  await signOutNow(undefined);
}
