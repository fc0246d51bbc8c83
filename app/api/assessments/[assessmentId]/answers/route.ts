import type { NextRequest } from "next/server";
import { jsonError, jsonOk, readJson } from "@/lib/api/json-response";
import { checkUser } from "@/lib/auth/guards";
import { saveAnswer } from "@/lib/data/assessments";
import { answerBaseVersionSchema, saveAnswerSchema } from "@/lib/questionnaire/schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ assessmentId: string }> };

/**
 * POST /api/assessments/:id/answers {itemId, value, otherText, baseVersion}: the autosave of one answer.
 * Kept lean (it runs on every change): one session read, the form's own schema, one transaction; the proxy
 * does not run here, so no session cookie is rewritten. 409 `staleAnswer` carries the colleague's answer.
 */
export async function POST(request: NextRequest, { params }: Context) {
  const { assessmentId } = await params;
  const body = await readJson(request);
  const parsed = saveAnswerSchema.safeParse({ ...(body as object), assessmentId });
  if (!parsed.success) return jsonError(parsed.error.issues[0]?.message ?? "validation.invalidForm");
  const base = answerBaseVersionSchema.safeParse((body as { baseVersion?: unknown } | undefined)?.baseVersion);
  if (!base.success) return jsonError(base.error.issues[0]?.message ?? "validation.invalidForm");
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return jsonError(guard.error);
  const result = await saveAnswer(guard.user, parsed.data, base.data);
  if (!result.ok) return jsonError(result.error, result.current ? { current: result.current } : {});
  return jsonOk({ savedAt: result.data.savedAt.toISOString(), version: result.data.version });
}
