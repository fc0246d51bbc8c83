import type { NextRequest } from "next/server";
import { saveAnswer } from "@/lib/data/assessments";
import { errorResponse, HTTP_STATUS } from "@/lib/http/error-response";
import { jsonOk, readJson } from "@/lib/http/json-ok";
import { answerBaseVersionSchema, saveAnswerSchema } from "@/lib/questionnaire/schemas";
import { invalidInput } from "@/lib/result";
import { checkUser } from "@/lib/session/guards";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ assessmentId: string }> };

/**
 * POST /api/assessments/:id/answers {itemId, value, otherText, baseVersion}: the autosave of one answer.
 * Kept lean (it runs on every change): one session read, the form's own schema, one transaction; the proxy
 * does not run here, so no session cookie is rewritten. A stale save is a 409 carrying the colleague's answer.
 */
export async function POST(request: NextRequest, { params }: Context) {
  const { assessmentId } = await params;
  const body = await readJson(request);
  const parsed = saveAnswerSchema.safeParse({ ...(body as object), assessmentId });
  if (!parsed.success) return errorResponse(invalidInput(parsed.error.issues));
  const base = answerBaseVersionSchema.safeParse((body as { baseVersion?: unknown } | undefined)?.baseVersion);
  if (!base.success) return errorResponse(invalidInput(base.error.issues));
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return errorResponse(guard);
  const result = await saveAnswer(guard.data, parsed.data, base.data);
  if (!result.ok && result.current) {
    const { error, code, current } = result;
    return Response.json({ error, code, current }, { status: HTTP_STATUS.conflict, headers: { "Cache-Control": "private, no-store" } });
  }
  if (!result.ok) return errorResponse(result);
  return jsonOk({ savedAt: result.data.savedAt.toISOString(), version: result.data.version });
}
