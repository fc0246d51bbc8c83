import { getTranslations } from "next-intl/server";
import { buildLineChart } from "@/lib/charts/line-chart";
import { getFormat } from "@/lib/format/get-format";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import type { TrendPoint } from "@/lib/rounds/trend";
import { INDEX_IDS } from "@/lib/scoring/indices";

/**
 * The agency's indices over all its rounds (a small line chart) and, as the accessible alternative, a
 * table of the indices and every dimension by round. Shown from the second scored round.
 */
export async function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const [t, tr, ti, tc, f] = await Promise.all([getTranslations("study.trend"), getTranslations("results"), getTranslations("instrument"), getTranslations("common"), getFormat()]);
  const chart = buildLineChart({
    xLabels: points.map((p) => String(p.round)),
    series: INDEX_IDS.map((index) => ({ key: index, label: tr(`indices.${index}`), values: points.map((p) => p.indices[index]) })),
  });
  const cell = (value: number | null) => (value === null ? tc("notAvailable") : f.score(value));
  return (
    <div className="space-y-3" data-testid="trend">
      <p className="text-sm text-slate-700">{t("intro", { rounds: points.length })}</p>
      <figure className="max-w-md">
        <svg viewBox={`0 0 ${chart.width} ${chart.height}`} className="h-auto w-full" role="img" aria-labelledby="trend-title">
          <title id="trend-title">{t("chartTitle")}</title>
          {chart.yTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={chart.plot.x} x2={chart.plot.x + chart.plot.width} y1={tick.y} y2={tick.y} stroke="#e4e7eb" />
              <text x={chart.plot.x - 4} y={tick.y + 3} textAnchor="end" fontSize={9} fill="#52606d">{tick.label}</text>
            </g>
          ))}
          {chart.xTicks.map((tick) => (
            <text key={tick.label} x={tick.x} y={chart.height - 6} textAnchor="middle" fontSize={9} fill="#52606d">{tick.label}</text>
          ))}
          {chart.series.map((series) => (
            <g key={series.key} data-series={series.key}>
              {series.segments.map((d) => (
                <path key={d} d={d} fill="none" stroke={series.color} strokeWidth={2} />
              ))}
              {series.points.map((point) => (
                <circle key={`${point.x}`} cx={point.x} cy={point.y} r={3} fill={series.color} />
              ))}
            </g>
          ))}
        </svg>
        <figcaption className="mt-1 flex flex-wrap gap-4 text-xs text-slate-700">
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
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="trend-table">
            <caption className="text-left text-sm text-slate-700">{t("tableCaption")}</caption>
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-2 py-1">{t("dimension")}</th>
                {points.map((p) => (
                  <th key={p.assessmentId} scope="col" className="px-2 py-1 text-right">{p.round}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {INDEX_IDS.map((index) => (
                <tr key={index} className="font-medium">
                  <th scope="row" className="px-2 py-1 text-left">{tr(`indices.${index}`)}</th>
                  {points.map((p) => (
                    <td key={p.assessmentId} className="px-2 py-1 text-right tabular-nums">{cell(p.indices[index])}</td>
                  ))}
                </tr>
              ))}
              {DIMENSION_IDS.map((dimension) => (
                <tr key={dimension}>
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
