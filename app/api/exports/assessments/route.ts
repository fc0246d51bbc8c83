import { errorResponse } from "@/lib/http/error-response";
import { checkUser } from "@/lib/session/guards";
import { parseSubmissionFilters } from "@/lib/coordinator/submission-filters";
import { recordAudit } from "@/lib/data/audit";
import { listExportRecords } from "@/lib/data/exports/list-export-records";
import { toAssessmentsCsv } from "@/lib/exports/csv-rows";
import { toAssessmentsJson } from "@/lib/exports/json-export";
import { fail } from "@/lib/result";

/**
 * GET /api/exports/assessments?format=csv|json&status=…&region=…&country=…&round=…&q=…
 * The overview's filters; a respondent's export is forced to their own agency by the data layer.
 */
export async function GET(request: Request): Promise<Response> {
  const guard = await checkUser();
  if (!guard.ok) return errorResponse(guard);
  const user = guard.data;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") return errorResponse(fail("invalid", "validation.invalid"));
  const filters = parseSubmissionFilters(url.searchParams);
  const result = await listExportRecords(user, filters);
  if (!result.ok) return errorResponse(result);
  const now = new Date();
  await recordAudit({
    actorId: user.id,
    actorEmail: user.email,
    action: format === "csv" ? "export.csv" : "export.json",
    entityType: "Assessment",
    details: {
      count: result.data.length,
      filters: { status: filters.status, region: filters.region, country: filters.country, round: filters.round, q: filters.q },
      agencyId: user.role === "RESPONDENT" ? user.agencyId : null,
    },
  });
  const stamp = now.toISOString().slice(0, 10);
  const headers = { "Cache-Control": "no-store", "Content-Disposition": `attachment; filename="assessments-${stamp}.${format}"` };
  if (format === "json") {
    return new Response(JSON.stringify(toAssessmentsJson(result.data, now), null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  return new Response(toAssessmentsCsv(result.data), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
}
