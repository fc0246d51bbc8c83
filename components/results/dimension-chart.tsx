import { getLocale, getTranslations } from "next-intl/server";
import type { DimensionChart } from "@/lib/charts/dimension-chart";
import type { Locale } from "@/lib/i18n/locales";
import { asTranslate, cohortName } from "./labels";

/**
 * The dimension chart drawn as SVG from the shared geometry (lib/charts/dimension-chart.ts, also drawn by
 * the PDF). Accessible: the SVG has a title and a description, and the same figures follow as a table.
 */
export async function DimensionChartSvg({ chart, stageOf }: { chart: DimensionChart; stageOf: Record<string, string | null> }) {
  const [tRoot, t, locale] = await Promise.all([getTranslations(), getTranslations("results"), getLocale()]);
  const tr = asTranslate(tRoot);
  const cohort = chart.reference?.cohort;
  const cohortLabel = cohort ? cohortName(cohort, locale as Locale) : null;
  return (
    <figure className="space-y-3">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={tr("benchmarks.chart.title")}>
        <svg
          role="img"
          aria-labelledby="dimension-chart-title dimension-chart-desc"
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          className="h-auto w-full min-w-[640px] max-w-4xl"
          data-testid="dimension-chart"
        >
          <title id="dimension-chart-title">{tr("benchmarks.chart.title")}</title>
          <desc id="dimension-chart-desc">{t("chart.description", { cohort: cohortLabel ?? t("chart.noCohort") })}</desc>
          {chart.cutOffs.map((cut) => (
            <line key={`cut-${cut.value}`} x1={cut.x} x2={cut.x} y1={chart.plot.y} y2={chart.plot.y + chart.plot.height} stroke="#e2e8f0" />
          ))}
          {chart.rows.map((row) => (
            <g key={row.dimension}>
              <text x={row.labelX} y={row.labelY} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#334155">
                {tr(row.labelKey)}
              </text>
              {row.bar && (
                <>
                  <rect x={row.bar.x} y={row.bar.y} width={row.bar.width} height={row.bar.height} fill="#1d4ed8" />
                  <text x={row.bar.labelX} y={row.bar.labelY} dominantBaseline="middle" fontSize="11" fill="#0f172a">
                    {row.bar.valueLabel}
                  </text>
                </>
              )}
              {row.insufficient && (
                <text x={row.insufficient.x} y={row.insufficient.y} dominantBaseline="middle" fontSize="10" fill="#64748b" fontStyle="italic">
                  {tr(row.insufficient.labelKey)}
                </text>
              )}
              {row.reference && (
                <>
                  <line x1={row.reference.x} x2={row.reference.x} y1={row.reference.y1} y2={row.reference.y2} stroke="#b45309" strokeWidth="3" />
                  <text x={row.reference.labelX} y={row.reference.labelY} dominantBaseline="middle" fontSize="11" fill="#b45309">
                    {row.reference.valueLabel}
                  </text>
                </>
              )}
              {row.noReference && (
                <text x={row.noReference.x} y={row.noReference.y} dominantBaseline="middle" fontSize="10" fill="#64748b">
                  {tr(row.noReference.labelKey)}
                </text>
              )}
            </g>
          ))}
          <line x1={chart.plot.x} x2={chart.plot.x + chart.plot.width} y1={chart.plot.y + chart.plot.height} y2={chart.plot.y + chart.plot.height} stroke="#94a3b8" />
          {chart.ticks.map((tick) => (
            <text key={tick.value} x={tick.x} y={chart.plot.y + chart.plot.height + 14} textAnchor="middle" fontSize="10" fill="#475569">
              {tick.label}
            </text>
          ))}
          <text x={chart.plot.x + chart.plot.width / 2} y={chart.height - 2} textAnchor="middle" fontSize="10" fill="#475569">
            {tr(chart.axisLabelKey)}
          </text>
        </svg>
      </div>
      <figcaption className="space-y-1 text-xs text-slate-600">
        <p>
          <span className="mr-1 inline-block h-2 w-4 bg-blue-700 align-middle" aria-hidden="true" /> {tr("benchmarks.chart.agency")}
          {chart.reference && cohortLabel && (
            <>
              {" · "}
              <span className="mr-1 inline-block h-3 w-1 bg-amber-700 align-middle" aria-hidden="true" />
              {tr(chart.reference.labelKey, { cohort: cohortLabel })}
            </>
          )}
        </p>
        {chart.reference && <p>{tr(chart.reference.noteKey)}</p>}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("chart.tableToggle")}</summary>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{tr("benchmarks.chart.title")}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-3">{t("table.dimension")}</th>
              <th scope="col" className="py-1 pr-3">{t("table.score")}</th>
              <th scope="col" className="py-1 pr-3">{t("table.stage")}</th>
              <th scope="col" className="py-1">{cohortLabel ? t("chart.referenceColumn", { cohort: cohortLabel }) : t("chart.noCohort")}</th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row) => (
              <tr key={row.dimension} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">{tr(row.labelKey)}</th>
                <td className="py-1 pr-3">{row.bar ? row.bar.valueLabel : tr("benchmarks.chart.insufficient")}</td>
                <td className="py-1 pr-3">{stageOf[row.dimension] ? tr(`results.stages.${stageOf[row.dimension]}`) : "—"}</td>
                <td className="py-1">{row.reference ? row.reference.valueLabel : tr("benchmarks.chart.noReferenceFigure")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
