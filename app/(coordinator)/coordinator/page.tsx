import { getTranslations } from "next-intl/server";
import { BulkReportDownload } from "@/components/coordinator/bulk-report-download";
import { ExportLinks } from "@/components/coordinator/export-links";
import { Pagination } from "@/components/ui/pagination";
import { SubmissionFiltersForm } from "@/components/coordinator/submission-filters-form";
import { SubmissionsTable } from "@/components/coordinator/submissions-table";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/session/guards";
import { parseSubmissionFilters, toSearchParams } from "@/lib/coordinator/submission-filters";
import { listFilterOptions, listSubmissions } from "@/lib/data/coordinator";
import { pageData } from "@/lib/http/page-data";
import { hasPermission } from "@/lib/auth/roles";
import { isLocale } from "@/lib/i18n/locales";

export async function generateMetadata() {
  const t = await getTranslations("coordinator.overview");
  return { title: t("title") };
}

const BASE_PATH = "/coordinator";

export default async function SubmissionsOverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser({ permission: "assessment:view-all" });
  const filters = parseSubmissionFilters(await searchParams);
  const [t, list, options] = await Promise.all([
    getTranslations("coordinator.overview"),
    listSubmissions(user, filters),
    listFilterOptions(user),
  ]);
  const { rows, total, page, pageCount } = pageData(list);
  const isFiltered = Boolean(filters.status || filters.region || filters.country || filters.round || filters.q);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        <div className="flex flex-col items-end gap-2">
          <ExportLinks filters={filters} />
          {hasPermission(user.role, "export:all") ? (
            <BulkReportDownload query={toSearchParams({ ...filters, page: 1 }).toString()} defaultLocale={isLocale(user.language) ? user.language : "en"} />
          ) : null}
        </div>
      </div>
      <SubmissionFiltersForm filters={filters} countries={options.countries} rounds={options.rounds} action={BASE_PATH} />
      <p className="text-sm text-slate-700" role="status" data-testid="submissions-count">
        {t("count", { total })} <span className="text-slate-500">{t("indexSortNote")}</span>
      </p>
      {rows.length === 0 ? (
        <Alert tone="info">{isFiltered ? t("emptyFiltered") : t("empty")}</Alert>
      ) : (
        <>
          <SubmissionsTable rows={rows} filters={{ ...filters, page }} basePath={BASE_PATH} />
          <Pagination basePath={BASE_PATH} params={Object.fromEntries(toSearchParams(filters))} page={page} pageCount={pageCount} />
        </>
      )}
    </div>
  );
}
