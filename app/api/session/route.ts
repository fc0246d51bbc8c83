import { AuthError } from "next-auth";
import { jsonError, jsonOk, readJson } from "@/lib/api/json-response";
import { signIn } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/guards";
import { signInSchema } from "@/lib/auth/sign-in-schema";

export const dynamic = "force-dynamic";

/**
 * POST /api/session {email, password}: signs in again from a dialog on the page whose session ended, so
 * the person never leaves the page (and its waiting answers). Same credentials check, lockout and audit as
 * the sign-in page; answers who is now signed in so the page only resumes the queue for the same person.
 */
export async function POST(request: Request) {
  const parsed = signInSchema.safeParse(await readJson(request));
  if (!parsed.success) return jsonError(parsed.error.issues[0]?.message ?? "validation.invalidForm");
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const isLocked = "code" in error && error.code === "locked";
      return jsonError(isLocked ? "auth.lockedOut" : "auth.invalidCredentials");
    }
    throw error;
  }
  return jsonOk({});
}

/** GET /api/session: whether this browser is signed in, and as whom (the page checks before resuming). */
export async function GET() {
  const user = await getCurrentUser();
  return user ? jsonOk({ userId: user.id }) : jsonError("validation.unauthenticated");
}
