import { getTranslations } from "next-intl/server";
import type { ComparedAssessment } from "@/lib/compare/types";
import { getFormat } from "@/lib/format/get-format";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { INDEX_IDS } from "@/lib/scoring/indices";

/** The chart's values as a table (the accessible alternative): a row per dimension and index, a column per assessment. */
export async function CompareTable({ rows }: { rows: readonly ComparedAssessment[] }) {
  const [t, ti, tr, tc, f] = await Promise.all([getTranslations("study.compare"), getTranslations("instrument"), getTranslations("results"), getTranslations("common"), getFormat()]);
  const cell = (value: number | null) => (value === null ? tc("notAvailable") : f.score(value));
  return (
    // With up to 8 columns the table may be wider than a phone: it scrolls in its own box (reachable and
    // scrollable with the keyboard), the row names staying in view.
    <div className="overflow-x-auto" role="region" aria-label={t("tableCaption")} tabIndex={0} data-testid="compare-table-scroll">
      <table className="min-w-full text-sm" data-testid="compare-table">
        <caption className="pb-1 text-left text-sm text-slate-700">{t("tableCaption")}</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="sticky left-0 min-w-36 bg-slate-50 px-2 py-1">{t("dimension")}</th>
            {rows.map((row) => (
              <th key={row.assessmentId} scope="col" className="px-2 py-1 text-right align-bottom">
                {/* A long agency name wraps within a column narrow enough to keep the values in view on a phone. */}
                <span className="ml-auto block min-w-20 max-w-40 [overflow-wrap:anywhere]">{t("series", { agency: row.agencyName, round: row.round })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {INDEX_IDS.map((index) => (
            <tr key={index} className="font-medium">
              <th scope="row" className="sticky left-0 min-w-36 bg-white px-2 py-1 text-left">{tr(`indices.${index}`)}</th>
              {rows.map((row) => (
                <td key={row.assessmentId} className="px-2 py-1 text-right tabular-nums">{cell(row.indices[index])}</td>
              ))}
            </tr>
          ))}
          {DIMENSION_IDS.map((dimension) => (
            <tr key={dimension}>
              <th scope="row" className="sticky left-0 min-w-36 bg-white px-2 py-1 text-left font-normal">{ti(`sections.${dimension}.title`)}</th>
              {rows.map((row) => (
                <td key={row.assessmentId} className="px-2 py-1 text-right tabular-nums">{cell(row.dimensions[dimension])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
