import type { NextRequest } from "next/server";
import { compareCsv } from "@/lib/compare/compare-csv";
import { compareQuerySchema, searchParamsObject } from "@/lib/compare/schemas";
import { recordAudit } from "@/lib/data/audit";
import { getComparedAssessments } from "@/lib/data/compare/get-compared-assessments";
import { errorResponse } from "@/lib/http/error-response";
import { fail } from "@/lib/result";
import { checkUser } from "@/lib/session/guards";

/** GET /api/compare/csv?a=<assessmentId>&a=…: the compare view's scores as CSV (coordinators, administrators). */
export async function GET(request: NextRequest): Promise<Response> {
  const guard = await checkUser({ permission: "assessment:view-all" });
  if (!guard.ok) return errorResponse(guard);
  const parsed = compareQuerySchema.safeParse(searchParamsObject(request.nextUrl.searchParams));
  if (!parsed.success || parsed.data.a.length === 0) return errorResponse(fail("invalid", parsed.success ? "study.compare.errors.none" : "study.compare.errors.tooMany"));
  const result = await getComparedAssessments(guard.data, parsed.data.a);
  if (!result.ok) return errorResponse(result);
  await recordAudit({
    actorId: guard.data.id,
    actorEmail: guard.data.email,
    action: "export.compare_csv",
    entityType: "Assessment",
    details: { assessments: result.data.map((row) => row.assessmentId) },
  });
  return new Response(compareCsv(result.data), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="compare-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Content-Type": "text/csv; charset=utf-8",
    },
  });
}
