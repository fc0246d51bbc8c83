"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { auth, signOut } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { startSession } from "@/lib/auth/start-session";
import { revokeSession } from "@/lib/data/sessions";
import { fail, fieldErrorsOf, type ActionResult } from "./result";

/** Only same-site paths may be returned to after sign-in. */
function safeCallbackUrl(url: string | undefined): string | null {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/sign-in")) return null;
  return url;
}

export async function signInAction(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return fail("validation.invalidForm", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const { email, password, callbackUrl } = parsed.data;
  let home: string;
  try {
    home = await startSession(email, password);
  } catch (error) {
    if (error instanceof AuthError) {
      const isLocked = "code" in error && error.code === "locked";
      return fail(isLocked ? "auth.lockedOut" : "auth.invalidCredentials");
    }
    throw error;
  }
  redirect(safeCallbackUrl(callbackUrl) ?? home);
}

export async function signOutAction(): Promise<void> {
  // Revoked on the server first: a session cookie that comes back later (e.g. set again by a request that
  // was in flight) no longer opens anything.
  const sessionId = (await auth())?.user?.sessionId;
  if (sessionId) await revokeSession(sessionId);
  await signOut({ redirectTo: "/sign-in" });
}
