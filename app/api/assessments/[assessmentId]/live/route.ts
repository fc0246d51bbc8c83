import type { NextRequest } from "next/server";
import { getLiveState, leaveAssessment } from "@/lib/data/assessments";
import { errorResponse } from "@/lib/http/error-response";
import { jsonOk } from "@/lib/http/json-ok";
import { assessmentIdSchema, sectionIdSchema } from "@/lib/questionnaire/schemas";
import { fail } from "@/lib/result";
import { checkUser } from "@/lib/session/guards";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ assessmentId: string }> };

/** GET /api/assessments/:id/live?section=…: presence, the section's stored answers, every section's counts. */
export async function GET(request: NextRequest, { params }: Context) {
  const id = assessmentIdSchema.safeParse((await params).assessmentId);
  const section = sectionIdSchema.safeParse(request.nextUrl.searchParams.get("section"));
  if (!id.success || !section.success) return errorResponse(fail("invalid"));
  const guard = await checkUser();
  if (!guard.ok) return errorResponse(guard);
  const result = await getLiveState(guard.data, id.data, section.data);
  return result.ok ? jsonOk(result.data) : errorResponse(result);
}

/** DELETE: the page was closed; the user no longer counts as present. */
export async function DELETE(_request: NextRequest, { params }: Context) {
  const id = assessmentIdSchema.safeParse((await params).assessmentId);
  if (!id.success) return errorResponse(fail("invalid"));
  const guard = await checkUser();
  if (!guard.ok) return errorResponse(guard);
  await leaveAssessment(guard.data, id.data);
  return jsonOk({});
}
