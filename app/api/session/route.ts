import { getSessionEnd } from "@/lib/data/sessions";
import { errorResponse } from "@/lib/http/error-response";
import { fail } from "@/lib/result";
import { auth } from "@/lib/session/auth";

/**
 * GET /api/session: when the caller's session ends if nothing happens ({ endsAt }), for the expiry warning.
 * Reading it is not activity: it never extends the session.
 */
export async function GET(): Promise<Response> {
  const token = (await auth())?.user;
  const endsAt = token?.id && token.sessionId ? await getSessionEnd(token.id, token.sessionId) : null;
  if (!endsAt) return errorResponse(fail("unauthenticated"));
  return Response.json({ endsAt: endsAt.toISOString() }, { headers: { "Cache-Control": "private, no-store" } });
}
