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
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="compare-table">
        <caption className="pb-1 text-left text-sm text-slate-700">{t("tableCaption")}</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-2 py-1">{t("dimension")}</th>
            {rows.map((row) => (
              <th key={row.assessmentId} scope="col" className="px-2 py-1 text-right align-bottom">{t("series", { agency: row.agencyName, round: row.round })}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {INDEX_IDS.map((index) => (
            <tr key={index} className="font-medium">
              <th scope="row" className="px-2 py-1 text-left">{tr(`indices.${index}`)}</th>
              {rows.map((row) => (
                <td key={row.assessmentId} className="px-2 py-1 text-right tabular-nums">{cell(row.indices[index])}</td>
              ))}
            </tr>
          ))}
          {DIMENSION_IDS.map((dimension) => (
            <tr key={dimension}>
              <th scope="row" className="px-2 py-1 text-left font-normal">{ti(`sections.${dimension}.title`)}</th>
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
