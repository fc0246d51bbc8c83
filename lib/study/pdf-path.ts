import type { Locale } from "@/lib/i18n/locales";
import type { RegionalReportQuery } from "./schemas";

/** URL of the regional report's PDF (app/api/study/regional-report/route.ts reads the same parameters). */
export function regionalReportPdfPath(query: RegionalReportQuery, lang: Locale): string {
  const params = new URLSearchParams({ region: query.region, round: String(query.round), annex: query.annex, lang });
  return `/api/study/regional-report?${params.toString()}`;
}
