import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChartExportButtons } from "@/components/compare/chart-export-buttons";
import { CompareTable } from "@/components/compare/compare-table";
import { GroupedBarsSvg } from "@/components/compare/grouped-bars-svg";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { buildGroupedBars } from "@/lib/charts/grouped-bars";
import { compareHref, compareQuerySchema, MAX_COMPARED } from "@/lib/compare/schemas";
import { getComparedAssessments } from "@/lib/data/compare/get-compared-assessments";
import { listCompareCandidates } from "@/lib/data/compare/list-compare-candidates";
import { getFormat } from "@/lib/format/get-format";
import { pageData } from "@/lib/http/page-data";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { requireUser } from "@/lib/session/guards";

/** Drawn at about a phone's column width (375 px less the page's and the card's padding). */
const PHONE_CHART_WIDTH = 320;

export async function generateMetadata() {
  const t = await getTranslations("study.compare");
  return { title: t("title") };
}

/** Compare agencies (coordinators, administrators): up to 8 scored assessments' dimensions side by side. */
export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser({ permission: "assessment:view-all" });
  const parsed = compareQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { a: [], q: undefined };
  const [t, ti, tc, f, compared, candidates] = await Promise.all([
    getTranslations("study.compare"),
    getTranslations("instrument"),
    getTranslations("common"),
    getFormat(),
    getComparedAssessments(user, query.a),
    listCompareCandidates(user, query.q),
  ]);
  const rows = pageData(compared);
  const ids = rows.map((row) => row.assessmentId);
  const isFull = ids.length >= MAX_COMPARED;
  const seriesLabel = (row: (typeof rows)[number]) => t("series", { agency: row.agencyName, round: row.round });
  const chartInput = {
    groups: DIMENSION_IDS.map((d) => ({ key: d, label: ti(`sections.${d}.title`) })),
    series: rows.map((row) => ({ key: row.assessmentId, label: seriesLabel(row) })),
    value: (dimension: string, id: string) => rows.find((row) => row.assessmentId === id)?.dimensions[dimension as (typeof DIMENSION_IDS)[number]] ?? null,
    format: (value: number) => f.score(value),
  };
  // The full-size chart is the one exported; a phone gets its own narrower drawing, so that its text is
  // drawn at a readable size instead of the wide chart shrunk to a third.
  const chart = buildGroupedBars(chartInput);
  const phoneChart = buildGroupedBars({ ...chartInput, width: PHONE_CHART_WIDTH });
  const csvHref = `/api/compare/csv?${new URLSearchParams(ids.map((id) => ["a", id])).toString()}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro", { max: MAX_COMPARED })}</p>
      </div>
      {!parsed.success && <Alert tone="error">{t("errors.tooMany", { max: MAX_COMPARED })}</Alert>}

      <section aria-labelledby="compare-selected" className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="compare-selected" className="text-lg font-semibold">{t("selected", { count: rows.length, max: MAX_COMPARED })}</h2>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2" data-testid="compare-selected">
            {rows.map((row) => (
              <li key={row.assessmentId} className="flex items-center gap-2 rounded-full border border-slate-300 bg-slate-50 px-3 py-1 text-sm">
                <span>{seriesLabel(row)}</span>
                <Link href={compareHref(ids.filter((id) => id !== row.assessmentId), query.q)} className="text-brand-700 underline" aria-label={t("removeLabel", { name: seriesLabel(row) })}>
                  {t("remove")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="compare-pick" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="compare-pick" className="text-lg font-semibold">{t("pickHeading")}</h2>
        <form method="get" className="flex flex-wrap items-end gap-2" role="search" aria-label={t("search")}>
          {ids.map((id) => (
            <input key={id} type="hidden" name="a" value={id} />
          ))}
          <label className="block text-sm font-medium text-slate-800">
            {t("search")}
            <input name="q" defaultValue={query.q ?? ""} className="mt-1 block w-64 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base" />
          </label>
          <button type="submit" className={buttonClasses("secondary")}>{t("searchSubmit")}</button>
        </form>
        {isFull && <p className="text-sm text-amber-900">{t("full", { max: MAX_COMPARED })}</p>}
        <ul className="divide-y divide-slate-100 text-sm" data-testid="compare-candidates">
          {candidates.map((candidate) => {
            const chosen = ids.includes(candidate.assessmentId);
            const label = t("series", { agency: candidate.agencyName, round: candidate.round });
            return (
              <li key={candidate.assessmentId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {label} <span className="text-slate-600">· {tc(`statuses.${candidate.status}`)}</span>
                </span>
                {chosen ? (
                  <span className="text-slate-600">{t("added")}</span>
                ) : isFull ? null : (
                  <Link href={compareHref([...ids, candidate.assessmentId], query.q)} className={buttonClasses("ghost")} aria-label={t("addLabel", { name: label })}>
                    {t("add")}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
        {candidates.length === 0 && <p className="text-sm text-slate-700">{t("noMatch")}</p>}
      </section>

      {rows.length > 0 && (
        <section aria-labelledby="compare-chart" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
          <h2 id="compare-chart" className="text-lg font-semibold">{t("chartHeading")}</h2>
          <p className="text-sm text-slate-600">{t("chartNote")}</p>
          <div className="flex flex-wrap gap-2">
            <ChartExportButtons svgId="compare-chart-svg" fileName="compare" labels={{ svg: t("exportSvg"), png: t("exportPng") }} />
            <a href={csvHref} className={buttonClasses("secondary")} download data-testid="compare-csv">{t("exportCsv")}</a>
          </div>
          <GroupedBarsSvg chart={chart} id="compare-chart-svg" title={t("chartHeading")} className="hidden sm:block" />
          <GroupedBarsSvg chart={phoneChart} id="compare-chart-phone" title={t("chartHeading")} className="sm:hidden" />
          <CompareTable rows={rows} />
        </section>
      )}
    </div>
  );
}
