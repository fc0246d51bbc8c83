import { makeZip } from "client-zip";
import { parseBulkReportParams } from "@/lib/coordinator/bulk-report-params";
import { recordAudit } from "@/lib/data/audit";
import { getReportData } from "@/lib/data/reports/get-report-data";
import { listBulkReports } from "@/lib/data/reports/list-bulk-reports";
import { getReportPdf } from "@/lib/data/reports/report-cache";
import type { SessionUser } from "@/lib/auth/access";
import type { Locale } from "@/lib/i18n/locales";
import { errorResponse } from "@/lib/http/error-response";
import { reportFileName } from "@/lib/reports/file-name";
import { renderReport } from "@/lib/reports/render-report";
import { fail } from "@/lib/result";
import { checkUser } from "@/lib/session/guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The ZIP's entries, one at a time: each PDF is read from the report store (rendered once per key, as a
 * single download would), handed to the ZIP writer, then dropped, so memory holds one PDF whatever the count.
 */
async function* entries(user: SessionUser, ids: AsyncGenerator<string>, locale: Locale) {
  const names = new Set<string>();
  for await (const id of ids) {
    const data = await getReportData(user, id, locale);
    if (!data.ok) continue; // withdrawn or reopened since the count: left out, as the list would now
    const { pdf } = await getReportPdf(data.data, renderReport);
    const { utf8 } = reportFileName(data.data.agency.name, data.data.assessment.round, locale);
    let name = utf8;
    for (let n = 2; names.has(name); n += 1) name = utf8.replace(/\.pdf$/, ` (${n}).pdf`);
    names.add(name);
    yield { name, input: new Uint8Array(pdf), lastModified: data.data.snapshot.createdAt };
  }
}

/**
 * GET /api/reports/bulk?lang=en|fr|es&status=…&region=…&country=…&round=…&q=…
 * The reports of the overview's filtered list as one ZIP, streamed (coordinators and administrators, as
 * the CSV export). `X-Report-Count` tells the page how many PDFs to expect, for its progress line.
 */
export async function GET(request: Request): Promise<Response> {
  const guard = await checkUser();
  if (!guard.ok) return errorResponse(guard);
  const user = guard.data;
  const params = parseBulkReportParams(new URL(request.url).searchParams);
  if (!params) return errorResponse(fail("invalid", "validation.invalid"));
  const listed = await listBulkReports(user, params.filters);
  if (!listed.ok) return errorResponse(listed);
  const { filters, lang } = params;
  await recordAudit({
    actorId: user.id,
    actorEmail: user.email,
    action: "report.bulk-download",
    entityType: "Assessment",
    details: { count: listed.data.count, locale: lang, filters: { status: filters.status, region: filters.region, country: filters.country, round: filters.round, q: filters.q } },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(makeZip(entries(user, listed.data.ids, lang)), {
    headers: {
      "Cache-Control": "private, no-store",
      "Content-Disposition": `attachment; filename="reports-${lang}-${stamp}.zip"`,
      "Content-Type": "application/zip",
      "X-Content-Type-Options": "nosniff",
      "X-Report-Count": String(listed.data.count),
    },
  });
}
