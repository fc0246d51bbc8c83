import { getLocale, getTranslations } from "next-intl/server";
import { RegionalPdfLinks } from "@/components/study/regional-pdf-links";
import { RegionalReportForm } from "@/components/study/regional-report-form";
import { RegionalReportView } from "@/components/study/regional-report-view";
import { Alert } from "@/components/ui/alert";
import { listFilterOptions } from "@/lib/data/coordinator";
import { getRegionalReport } from "@/lib/data/regional-report/get-regional-report";
import { createFormat } from "@/lib/format/create-format";
import { getMessage } from "@/lib/i18n/get-message";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { pageData } from "@/lib/http/page-data";
import { createReportTranslator } from "@/lib/reports/translator";
import { requireUser } from "@/lib/session/guards";
import { buildRegionalView } from "@/lib/study/regional-view";
import { parseRegionalReportParams } from "@/lib/study/schemas";

export async function generateMetadata() {
  const t = await getTranslations("study.report");
  return { title: t("pageTitle") };
}

/** The regional report (coordinators, administrators): the study regenerated for one region and round. */
export default async function RegionalReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser({ permission: "assessment:view-all" });
  const params = await searchParams;
  const [t, message, options, rawLocale] = await Promise.all([getTranslations("study.report.form"), getMessage(), listFilterOptions(user), getLocale()]);
  const parsed = parseRegionalReportParams(params);
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const report = parsed.ok ? pageData(await getRegionalReport(user, parsed.data)) : null;
  const view = report && buildRegionalView(report, createReportTranslator(locale), createFormat(locale), locale);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{view?.title ?? t("heading")}</h1>
        <p className="text-sm text-slate-600">{view ? `${view.subtitle} · ${view.generated}` : t("intro")}</p>
      </div>
      <RegionalReportForm rounds={options.rounds} value={parsed.ok ? parsed.data : {}} />
      {!parsed.ok && parsed.error && <Alert tone="error">{message(parsed.error)}</Alert>}
      {parsed.ok && view && (
        <>
          <RegionalPdfLinks query={parsed.data} />
          <RegionalReportView view={view} />
        </>
      )}
    </div>
  );
}
