import { parseSubmissionFilters } from "@/lib/coordinator/submission-filters";
import { recordAudit } from "@/lib/data/audit";
import { openExport } from "@/lib/data/exports/open-export";
import { exportStream } from "@/lib/exports/export-stream";
import { errorResponse } from "@/lib/http/error-response";
import { fail } from "@/lib/result";
import { checkUser } from "@/lib/session/guards";

/**
 * GET /api/exports/assessments?format=csv|json&status=…&region=…&country=…&round=…&q=…
 * The overview's filters; a respondent's export is forced to their own agency by the data layer.
 * The file is streamed page by page (constant memory, first bytes at once, whatever its size).
 */
export async function GET(request: Request): Promise<Response> {
  const guard = await checkUser();
  if (!guard.ok) return errorResponse(guard);
  const user = guard.data;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") return errorResponse(fail("invalid", "validation.invalid"));
  const filters = parseSubmissionFilters(url.searchParams);
  const opened = await openExport(user, filters);
  if (!opened.ok) return errorResponse(opened);
  const now = new Date();
  // Audited before the first record is read, after the head went out: the first bytes never wait for
  // the count or for the audit's write (which queues behind other writes on SQLite).
  const audit = async () =>
    recordAudit({
      actorId: user.id,
      actorEmail: user.email,
      action: format === "csv" ? "export.csv" : "export.json",
      entityType: "Assessment",
      details: {
        count: await opened.data.count(),
        filters: { status: filters.status, region: filters.region, country: filters.country, round: filters.round, q: filters.q },
        agencyId: user.role === "RESPONDENT" ? user.agencyId : null,
      },
    });
  const stamp = now.toISOString().slice(0, 10);
  return new Response(exportStream(format, opened.data.pages, now, audit), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="assessments-${stamp}.${format}"`,
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    },
  });
}
