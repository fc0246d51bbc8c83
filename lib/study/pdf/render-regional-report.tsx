import { renderToBuffer } from "@react-pdf/renderer";
import { createFormat } from "@/lib/format/create-format";
import type { Locale } from "@/lib/i18n/locales";
import { registerReportFonts } from "@/lib/reports/fonts";
import { createReportTranslator } from "@/lib/reports/translator";
import type { RegionalReport } from "../regional-report";
import { buildRegionalView } from "../regional-view";
import { RegionalDocument } from "./regional-document";

/** Renders the regional report in `locale` to a PDF buffer: the route's, the tests' and the benchmark's one entry point. */
export async function renderRegionalReport(report: RegionalReport, locale: Locale): Promise<Buffer> {
  registerReportFonts();
  const t = createReportTranslator(locale);
  const view = buildRegionalView(report, t, createFormat(locale), locale);
  return renderToBuffer(<RegionalDocument view={view} pageLabel={(page, total) => t("report.pageNumber", { page, total })} />);
}

/** `regional-report-AP-2026-fr.pdf` */
export function regionalReportFileName(report: Pick<RegionalReport, "region" | "round">, locale: Locale): string {
  return `regional-report-${report.region}-${report.round}-${locale}.pdf`;
}
