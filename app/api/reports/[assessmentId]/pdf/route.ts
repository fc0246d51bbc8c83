import { NextResponse, type NextRequest } from "next/server";
import { checkUser } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/data/audit";
import { getReportData } from "@/lib/data/reports/get-report-data";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { contentDisposition } from "@/lib/reports/file-name";
import { renderReport } from "@/lib/reports/render-report";
import { createReportTranslator } from "@/lib/reports/translator";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function refuse(locale: Locale, status: number, key: string): NextResponse {
  const t = createReportTranslator(locale);
  return NextResponse.json({ error: t(`report.errors.${key}`) }, { status, headers: { "Cache-Control": "private, no-store" } });
}

/** GET /api/reports/:assessmentId/pdf?lang=en|fr|es: the benchmark report of a scored assessment, as a PDF. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const lang = request.nextUrl.searchParams.get("lang");
  const guard = await checkUser();
  const fallback: Locale = isLocale(lang) ? lang : "en";
  if (!guard.ok) return refuse(fallback, guard.status, guard.status === 401 ? "unauthenticated" : "notFound");
  if (lang !== null && !isLocale(lang)) return refuse("en", 400, "invalidLanguage");
  const locale: Locale = lang ?? (isLocale(guard.user.language) ? guard.user.language : "en");

  const result = await getReportData(guard.user, assessmentId, locale);
  if (!result.ok) {
    // Another agency's assessment answers like a missing one: its existence is not disclosed.
    if (result.reason === "notFound" || result.reason === "forbidden") return refuse(locale, 404, "notFound");
    return refuse(locale, 409, result.reason);
  }
  const pdf = await renderReport(result.data);
  await recordAudit({
    actorId: guard.user.id,
    actorEmail: guard.user.email,
    action: "report.download",
    entityType: "Assessment",
    entityId: assessmentId,
    details: { locale, round: result.data.assessment.round, bytes: pdf.length },
  });
  return new NextResponse(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(result.data.agency.name, result.data.assessment.round, locale),
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
