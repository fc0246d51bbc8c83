import { AuthError } from "next-auth";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { errorResponse } from "@/lib/http/error-response";
import { jsonOk, readJson } from "@/lib/http/json-ok";
import { fail, invalidInput } from "@/lib/result";
import { getCurrentUser } from "@/lib/session/guards";
import { startSession } from "@/lib/session/start-session";

export const dynamic = "force-dynamic";

/**
 * POST /api/session {email, password}: signs in again from a dialog on the page whose session ended, so
 * the person never leaves the page (and its waiting answers). The same startSession as the sign-in page
 * (credentials check, lockout, audit, server-side session).
 */
export async function POST(request: Request) {
  const parsed = signInSchema.safeParse(await readJson(request));
  if (!parsed.success) return errorResponse(invalidInput(parsed.error.issues));
  try {
    await startSession(parsed.data.email, parsed.data.password);
  } catch (error) {
    if (error instanceof AuthError) {
      const isLocked = "code" in error && error.code === "locked";
      return errorResponse(isLocked ? fail("rateLimited", "auth.lockedOut") : fail("unauthenticated", "auth.invalidCredentials"));
    }
    throw error;
  }
  return jsonOk({});
}

/** GET /api/session: whether this browser is signed in, and as whom. */
export async function GET() {
  const user = await getCurrentUser();
  return user ? jsonOk({ userId: user.id }) : errorResponse(fail("unauthenticated"));
}
