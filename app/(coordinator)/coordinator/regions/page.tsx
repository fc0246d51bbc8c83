import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RegionFigures } from "@/components/coordinator/region-figures";
import { buttonClasses } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/session/guards";
import { STATUS_KEYS } from "@/lib/coordinator/regional-summary";
import { parseSubmissionFilters } from "@/lib/coordinator/submission-filters";
import { getRegionalOverview, listFilterOptions } from "@/lib/data/coordinator";
import { MIN_LIVE_COHORT } from "@/lib/scoring/live-cohort";
import { pageData } from "@/lib/http/page-data";
import { commonKeys } from "@/lib/i18n/keys";

export async function generateMetadata() {
  const t = await getTranslations("coordinator.regions");
  return { title: t("title") };
}

export default async function RegionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser({ permission: "assessment:view-all" });
  const { round } = parseSubmissionFilters(await searchParams);
  const [t, tc, overviewResult, options] = await Promise.all([
    getTranslations("coordinator"),
    getTranslations("common"),
    getRegionalOverview(user, round),
    listFilterOptions(user),
  ]);
  const overview = pageData(overviewResult);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("regions.title")}</h1>
        <p className="text-sm text-slate-600">{t("regions.intro", { min: MIN_LIVE_COHORT })}</p>
      </div>
      <nav aria-label={t("regions.studyLinks")} className="flex flex-wrap gap-2">
        <Link href={round ? `/coordinator/regions/report?round=${round}` : "/coordinator/regions/report"} className={buttonClasses("secondary")}>{t("regions.reportLink")}</Link>
        <Link href="/coordinator/compare" className={buttonClasses("secondary")}>{t("regions.compareLink")}</Link>
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="block text-sm font-medium text-slate-800">
          {t("overview.round")}
          <select name="round" defaultValue={round?.toString() ?? ""} className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base">
            <option value="">{t("regions.latestRound")}</option>
            {options.rounds.map((r) => (
              <option key={r} value={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClasses("secondary")}>{t("overview.apply")}</button>
      </form>
      {overview.length === 0 && <Alert>{t("regions.empty")}</Alert>}
      {overview.map((summary) => (
        <section key={summary.region} aria-labelledby={`region-${summary.region}`} className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="region-summary" data-region={summary.region}>
          <h2 id={`region-${summary.region}`} className="text-lg font-semibold">
            {tc(commonKeys.region(summary.region))}
          </h2>
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-6">
            <div>
              <dt className="text-slate-600">{t("regions.agencies")}</dt>
              <dd className="text-lg font-semibold tabular-nums">{summary.agencies}</dd>
            </div>
            {STATUS_KEYS.map((key) => (
              <div key={key} data-status={key}>
                <dt className="text-slate-600">{key === "NOT_STARTED" ? t("regions.notStarted") : tc(`statuses.${key}`)}</dt>
                <dd className="text-lg font-semibold tabular-nums">{summary.byStatus[key]}</dd>
              </div>
            ))}
          </dl>
          {summary.figures ? (
            <RegionFigures figures={summary.figures} />
          ) : (
            <p className="text-sm text-slate-600">{t("regions.tooFew", { approved: summary.approved, min: MIN_LIVE_COHORT })}</p>
          )}
        </section>
      ))}
    </div>
  );
}
