import type { NextRequest } from "next/server";
import { jsonError, jsonOk, readJson } from "@/lib/api/json-response";
import { checkUser } from "@/lib/auth/guards";
import { saveSectionComment } from "@/lib/data/assessments";
import { sectionCommentSchema } from "@/lib/questionnaire/schemas";

export const dynamic = "force-dynamic";

/** POST /api/assessments/:id/comments {sectionId, comment}: the autosave of a section's comment. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const parsed = sectionCommentSchema.safeParse({ ...((await readJson(request)) as object), assessmentId });
  if (!parsed.success) return jsonError(parsed.error.issues[0]?.message ?? "validation.invalidForm");
  const guard = await checkUser({ permission: "assessment:fill" });
  if (!guard.ok) return jsonError(guard.error);
  const result = await saveSectionComment(guard.user, parsed.data);
  if (!result.ok) return jsonError(result.error);
  return jsonOk({ savedAt: result.data.savedAt.toISOString() });
}
