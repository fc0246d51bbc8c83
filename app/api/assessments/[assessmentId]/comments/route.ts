import type { NextRequest } from "next/server";
import { saveSectionComment } from "@/lib/data/assessments";
import { errorResponse } from "@/lib/http/error-response";
import { jsonOk, readJson } from "@/lib/http/json-ok";
import { sectionCommentSchema } from "@/lib/questionnaire/schemas";
import { invalidInput } from "@/lib/result";
import { checkUser } from "@/lib/session/guards";

export const dynamic = "force-dynamic";

/** POST /api/assessments/:id/comments {sectionId, comment}: the autosave of a section's comment. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const parsed = sectionCommentSchema.safeParse({ ...((await readJson(request)) as object), assessmentId });
  if (!parsed.success) return errorResponse(invalidInput(parsed.error.issues));
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return errorResponse(guard);
  const result = await saveSectionComment(guard.data, parsed.data);
  if (!result.ok) return errorResponse(result);
  return jsonOk({ savedAt: result.data.savedAt.toISOString() });
}
