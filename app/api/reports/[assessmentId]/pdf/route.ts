import { NextResponse, type NextRequest } from "next/server";
import { recordAudit } from "@/lib/data/audit";
import { getReportData } from "@/lib/data/reports/get-report-data";
import { getReportPdf } from "@/lib/data/reports/report-cache";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { errorResponse } from "@/lib/http/error-response";
import { contentDisposition } from "@/lib/reports/file-name";
import { renderReport } from "@/lib/reports/render-report";
import { createReportTranslator } from "@/lib/reports/translator";
import { fail, type ErrorCode } from "@/lib/result";
import { checkUser } from "@/lib/session/guards";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A refusal with its sentence translated into the report's language (the status comes from its code). */
function refuse(locale: Locale, code: ErrorCode, key: string): Response {
  const t = createReportTranslator(locale);
  return errorResponse(fail(code, `report.errors.${key}`), t(`report.errors.${key}`));
}

/** GET /api/reports/:assessmentId/pdf?lang=en|fr|es: the benchmark report of a scored assessment, as a PDF. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ assessmentId: string }> }) {
  const start = performance.now();
  const { assessmentId } = await params;
  const lang = request.nextUrl.searchParams.get("lang");
  const guard = await checkUser();
  const fallback: Locale = isLocale(lang) ? lang : "en";
  if (!guard.ok) return refuse(fallback, guard.code, guard.code === "unauthenticated" ? "unauthenticated" : "notFound");
  const user = guard.data;
  if (lang !== null && !isLocale(lang)) return refuse("en", "invalid", "invalidLanguage");
  const locale: Locale = lang ?? (isLocale(user.language) ? user.language : "en");

  const result = await getReportData(user, assessmentId, locale);
  if (!result.ok) {
    // Another agency's assessment answers like a missing one: its existence is not disclosed.
    if (result.code === "notFound" || result.code === "forbidden") return refuse(locale, "notFound", "notFound");
    return errorResponse(result, createReportTranslator(locale)(result.error));
  }
  // Stored after its first render (after submission, in the background): a download is usually a read.
  const { pdf, source } = await getReportPdf(result.data, renderReport);
  await recordAudit({
    actorId: user.id,
    actorEmail: user.email,
    action: "report.download",
    entityType: "Assessment",
    entityId: assessmentId,
    details: { locale, round: result.data.assessment.round, bytes: pdf.length },
  });
  const serverMs = performance.now() - start;
  return new NextResponse(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(result.data.agency.name, result.data.assessment.round, locale),
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // The handler's own time and whether the PDF was read or rendered (read by `npm run bench:pdf`).
      "Server-Timing": `report;desc="${source}";dur=${serverMs.toFixed(1)}`,
    },
  });
}
