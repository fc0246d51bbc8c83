import { getTranslations } from "next-intl/server";
import { buildLineChart } from "@/lib/charts/line-chart";
import { getFormat } from "@/lib/format/get-format";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { hasModelChange, type TrendPoint } from "@/lib/rounds/trend";
import { INDEX_IDS } from "@/lib/scoring/indices";

/**
 * The agency's two indices over all its scored rounds as a small line chart (geometry from
 * lib/charts/line-chart.ts), the round whose results are open marked on the axis. The accessible
 * equivalent, and the only place the dimensions appear (eight more lines would be unreadable), is a table
 * of the indices and every dimension by round, behind a disclosure that works with the keyboard. The SVG
 * scales to its column, so at phone width nothing scrolls sideways; the table scrolls inside its own box.
 */
export async function TrendChart({ points, currentAssessmentId }: { points: readonly TrendPoint[]; currentAssessmentId: string }) {
  const [t, tr, ti, tc, format] = await Promise.all([
    getTranslations("study.trend"),
    getTranslations("results"),
    getTranslations("instrument"),
    getTranslations("common"),
    getFormat(),
  ]);
  const currentIndex = points.findIndex((p) => p.assessmentId === currentAssessmentId);
  const chart = buildLineChart({
    format,
    highlightIndex: currentIndex >= 0 ? currentIndex : undefined,
    xLabels: points.map((p) => String(p.round)),
    series: INDEX_IDS.map((index) => ({ key: index, label: tr(`indices.${index}`), values: points.map((p) => p.indices[index]) })),
  });
  const cell = (value: number | null) => (value === null ? tc("notAvailable") : format.score(value));
  const roundHeader = (p: TrendPoint) => (p.assessmentId === currentAssessmentId ? t("currentRound", { round: p.round }) : p.round);
  return (
    <div className="space-y-3" data-testid="trend">
      <p className="text-sm text-slate-700">{t("intro", { rounds: points.length })}</p>
      {hasModelChange(points) && <p className="text-sm text-amber-800">{t("modelChanged")}</p>}
      <figure className="w-full max-w-md">
        <svg viewBox={`0 0 ${chart.width} ${chart.height}`} className="block h-auto w-full" role="img" aria-labelledby="trend-title trend-desc" data-testid="trend-chart">
          <title id="trend-title">{t("chartTitle")}</title>
          <desc id="trend-desc">{t("chartDescription")}</desc>
          {chart.yTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={chart.plot.x} x2={chart.plot.x + chart.plot.width} y1={tick.y} y2={tick.y} stroke="#e4e7eb" />
              <text x={chart.plot.x - 5} y={tick.y + chart.fontSize / 3} textAnchor="end" fontSize={chart.fontSize} fill="#52606d">{tick.label}</text>
            </g>
          ))}
          {chart.xTicks.map((tick, index) => (
            <g key={index}>
              {tick.isHighlighted && (
                <line x1={tick.x} x2={tick.x} y1={chart.plot.y} y2={chart.plot.y + chart.plot.height} stroke="#94a3b8" strokeDasharray="3 3" data-testid="trend-current" />
              )}
              {tick.label !== null && (
                <text x={tick.x} y={chart.height - 6} textAnchor="middle" fontSize={chart.fontSize} fontWeight={tick.isHighlighted ? 700 : 400} fill="#334155">
                  {tick.label}
                </text>
              )}
            </g>
          ))}
          {chart.series.map((series) => (
            <g key={series.key} data-series={series.key}>
              {series.segments.map((d) => (
                <path key={d} d={d} fill="none" stroke={series.color} strokeWidth={2} />
              ))}
              {series.points.map((point) => (
                <circle key={point.index} cx={point.x} cy={point.y} r={3.5} fill={series.color} data-value={point.valueLabel}>
                  <title>{t("pointTitle", { series: series.label, round: points[point.index]!.round, value: point.valueLabel })}</title>
                </circle>
              ))}
            </g>
          ))}
        </svg>
        <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {chart.series.map((series) => (
            <span key={series.key} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-0.5 w-4" style={{ backgroundColor: series.color }} />
              {series.label}
            </span>
          ))}
        </figcaption>
      </figure>
      <details>
        <summary className="cursor-pointer text-sm text-brand-700 underline">{t("tableToggle")}</summary>
        {/* Many rounds make the table wider than a phone: it scrolls in its own box, reachable by keyboard. */}
        <div className="mt-2 max-w-full overflow-x-auto" role="region" aria-label={t("tableCaption")} tabIndex={0}>
          <table className="min-w-full text-sm" data-testid="trend-table">
            <caption className="text-left text-sm text-slate-700">{t("tableCaption")}</caption>
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-2 py-1">{t("dimension")}</th>
                {points.map((p) => (
                  <th key={p.assessmentId} scope="col" className="px-2 py-1 text-right">{roundHeader(p)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {INDEX_IDS.map((index) => (
                <tr key={index} className="font-medium" data-row={index}>
                  <th scope="row" className="px-2 py-1 text-left">{tr(`indices.${index}`)}</th>
                  {points.map((p) => (
                    <td key={p.assessmentId} className="px-2 py-1 text-right tabular-nums">{cell(p.indices[index])}</td>
                  ))}
                </tr>
              ))}
              {DIMENSION_IDS.map((dimension) => (
                <tr key={dimension} data-row={dimension}>
                  <th scope="row" className="px-2 py-1 text-left font-normal">{ti(`sections.${dimension}.title`)}</th>
                  {points.map((p) => (
                    <td key={p.assessmentId} className="px-2 py-1 text-right tabular-nums">{cell(p.dimensions[dimension])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
