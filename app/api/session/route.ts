import { AuthError } from "next-auth";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { getSessionEnd } from "@/lib/data/sessions";
import { errorResponse } from "@/lib/http/error-response";
import { jsonOk, readJson } from "@/lib/http/json-ok";
import { fail, invalidInput } from "@/lib/result";
import { readSessionToken } from "@/lib/session/session-token";
import { startSession } from "@/lib/session/start-session";

export const dynamic = "force-dynamic";

/**
 * GET /api/session: when the caller's session ends if nothing happens ({ endsAt }), for the expiry warning.
 * Reading it is not activity: it never extends the session.
 */
export async function GET(): Promise<Response> {
  const token = await readSessionToken();
  const endsAt = token ? await getSessionEnd(token.id, token.sessionId) : null;
  if (!endsAt) return errorResponse(fail("unauthenticated"));
  return Response.json({ endsAt: endsAt.toISOString() }, { headers: { "Cache-Control": "private, no-store" } });
}

/**
 * POST /api/session {email, password}: signs in again from a dialog on the page whose session ended, so
 * the person never leaves the page (and its waiting answers). The same startSession as the sign-in page
 * (credentials check, lockout, audit, server-side session).
 */
export async function POST(request: Request): Promise<Response> {
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
