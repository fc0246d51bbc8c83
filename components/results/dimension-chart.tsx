import { getLocale, getTranslations } from "next-intl/server";
import type { ChartRow, DimensionChart } from "@/lib/charts/dimension-chart";
import type { Locale } from "@/lib/i18n/locales";
import { asTranslate, cohortName } from "./labels";

/** The bar track of one row: the stage cut-offs, the agency's bar and the cohort's marker; no text on it. */
function Track({ row, cutOffs }: { row: ChartRow; cutOffs: number[] }) {
  return (
    <span className="relative block h-4 border-l border-slate-400 bg-slate-50">
      {cutOffs.map((fraction) => (
        <span key={fraction} className="absolute inset-y-0 w-px bg-slate-200" style={{ left: `${fraction * 100}%` }} />
      ))}
      {row.bar && <span className="absolute inset-y-0.5 left-0 bg-blue-700" style={{ width: `${row.bar.fraction * 100}%` }} data-testid="chart-bar" />}
      {row.reference && <span className="absolute -inset-y-0.5 w-1 -translate-x-1/2 bg-amber-700" style={{ left: `${row.reference.fraction * 100}%` }} data-testid="chart-marker" />}
    </span>
  );
}

/** A tick label is centred on its tick, except at the axis ends, where it stays inside the track (no overflow on a phone). */
function tickShift(fraction: number): string {
  if (fraction <= 0) return "";
  if (fraction >= 1) return "-translate-x-full";
  return "-translate-x-1/2";
}

/**
 * The dimension chart drawn from the shared geometry (lib/charts/dimension-chart.ts, also drawn by the PDF)
 * as rows of HTML: a dimension's name wraps in its own column (or above its bar on a phone, where each row
 * stacks), the score and the cohort's level sit in their own columns, so no text is ever drawn over a bar or
 * a marker and nothing needs sideways scrolling. Bars and markers are placed by their fraction of the axis.
 * Accessible: the figure has a title and a description, and the same figures follow as a table.
 */
export async function DimensionChartView({ chart, stageOf }: { chart: DimensionChart; stageOf: Record<string, string | null> }) {
  const [tRoot, t, locale] = await Promise.all([getTranslations(), getTranslations("results"), getLocale()]);
  const tr = asTranslate(tRoot);
  const cohort = chart.reference?.cohort;
  const cohortLabel = cohort ? cohortName(cohort, locale as Locale) : null;
  return (
    <figure className="space-y-3">
      <div role="img" aria-labelledby="dimension-chart-title dimension-chart-desc" className="max-w-4xl" data-testid="dimension-chart">
        <p id="dimension-chart-title" className="sr-only">{tr("benchmarks.chart.title")}</p>
        <p id="dimension-chart-desc" className="sr-only">{t("chart.description", { cohort: cohortLabel ?? t("chart.noCohort") })}</p>
        <ul className="space-y-3 sm:space-y-1.5" aria-hidden="true">
          {chart.rows.map((row) => (
            <li
              key={row.dimension}
              className="grid grid-cols-[2.5rem_minmax(0,1fr)] items-center gap-x-2 sm:grid-cols-[minmax(0,15rem)_2.5rem_minmax(0,1fr)_minmax(0,9rem)]"
              data-testid={`chart-row-${row.dimension}`}
            >
              <span className="col-span-2 text-sm text-slate-700 sm:col-span-1 sm:text-right">
                {tr(row.labelKey)}
                {row.insufficient && <span className="block text-xs italic text-slate-600">{tr(row.insufficient.labelKey)}</span>}
              </span>
              <span className="text-right text-sm font-semibold tabular-nums text-slate-900">{row.bar ? row.bar.valueLabel : "—"}</span>
              <Track row={row} cutOffs={chart.cutOffs.map((cut) => cut.fraction)} />
              <span className="col-start-2 text-xs sm:col-start-auto sm:text-sm">
                {row.reference && <span className="font-semibold text-amber-800">{row.reference.valueLabel}</span>}
                {row.noReference && <span className="text-slate-600">{tr(row.noReference.labelKey)}</span>}
              </span>
            </li>
          ))}
          <li className="grid grid-cols-[2.5rem_minmax(0,1fr)] gap-x-2 sm:grid-cols-[minmax(0,15rem)_2.5rem_minmax(0,1fr)_minmax(0,9rem)]">
            <span className="sm:col-span-2" />
            <span className="relative h-4 text-xs text-slate-600">
              {chart.ticks.map((tick) => (
                <span key={tick.value} className={`absolute ${tickShift(tick.fraction)}`} style={{ left: `${tick.fraction * 100}%` }}>
                  {tick.label}
                </span>
              ))}
            </span>
            <span className="col-start-2 text-center text-xs text-slate-600 sm:col-start-3">{tr(chart.axisLabelKey)}</span>
          </li>
        </ul>
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
        <table className="mt-2 w-full table-fixed text-left text-sm [overflow-wrap:anywhere]">
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
