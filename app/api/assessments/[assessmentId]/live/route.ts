import type { NextRequest } from "next/server";
import { jsonError, jsonOk } from "@/lib/api/json-response";
import { checkUser } from "@/lib/auth/guards";
import { getLiveState, leaveAssessment } from "@/lib/data/assessments";
import { assessmentIdSchema, sectionIdSchema } from "@/lib/questionnaire/schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ assessmentId: string }> };

/** GET /api/assessments/:id/live?section=…: presence, the section's stored answers, every section's counts. */
export async function GET(request: NextRequest, { params }: Context) {
  const id = assessmentIdSchema.safeParse((await params).assessmentId);
  const section = sectionIdSchema.safeParse(request.nextUrl.searchParams.get("section"));
  if (!id.success || !section.success) return jsonError("validation.invalidForm");
  const guard = await checkUser();
  if (!guard.ok) return jsonError(guard.error);
  const result = await getLiveState(guard.user, id.data, section.data);
  return result.ok ? jsonOk(result.data) : jsonError(result.error);
}

/** DELETE: the page was closed; the user no longer counts as present. */
export async function DELETE(_request: NextRequest, { params }: Context) {
  const id = assessmentIdSchema.safeParse((await params).assessmentId);
  if (!id.success) return jsonError("validation.invalidForm");
  const guard = await checkUser();
  if (!guard.ok) return jsonError(guard.error);
  await leaveAssessment(guard.user, id.data);
  return jsonOk({});
}
