import { NextResponse, type NextRequest } from "next/server";
import { recordAudit } from "@/lib/data/audit";
import { getRegionalReport } from "@/lib/data/regional-report/get-regional-report";
import { errorResponse } from "@/lib/http/error-response";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { createReportTranslator } from "@/lib/reports/translator";
import { fail } from "@/lib/result";
import { checkUser } from "@/lib/session/guards";
import { regionalReportFileName, renderRegionalReport } from "@/lib/study/pdf/render-regional-report";
import { parseRegionalReportParams } from "@/lib/study/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/study/regional-report?region=AP&round=2026&annex=none|named&lang=en|fr|es: the regional report
 * as a PDF (coordinators and administrators). Audited, with whether the named annex was included.
 */
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const lang = search.get("lang");
  const guard = await checkUser({ permission: "assessment:view-all" });
  const fallback: Locale = isLocale(lang) ? lang : "en";
  const t = createReportTranslator(fallback);
  if (!guard.ok) return errorResponse(guard, t(guard.code === "unauthenticated" ? "report.errors.unauthenticated" : "study.report.errors.forbidden"));
  const user = guard.data;
  if (lang !== null && !isLocale(lang)) return errorResponse(fail("invalid", "report.errors.invalidLanguage"), t("report.errors.invalidLanguage"));
  const locale: Locale = lang ?? (isLocale(user.language) ? user.language : "en");
  const parsed = parseRegionalReportParams(search);
  if (!parsed.ok) {
    const key = parsed.error ?? "study.errors.region";
    return errorResponse(fail("invalid", key), createReportTranslator(locale)(key));
  }
  const result = await getRegionalReport(user, parsed.data);
  if (!result.ok) return errorResponse(result, createReportTranslator(locale)("study.report.errors.forbidden"));
  const pdf = await renderRegionalReport(result.data, locale);
  await recordAudit({
    actorId: user.id,
    actorEmail: user.email,
    action: "study.regional_report.download",
    entityType: "Region",
    entityId: parsed.data.region,
    details: { round: parsed.data.round, annex: parsed.data.annex, agencies: result.data.agencies, locale, bytes: pdf.length },
  });
  return new NextResponse(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${regionalReportFileName(result.data, locale)}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
