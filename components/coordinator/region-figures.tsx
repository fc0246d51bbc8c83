import { getFormatter, getTranslations } from "next-intl/server";
import type { RegionSummary } from "@/lib/coordinator/regional-summary";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { STAGES } from "@/lib/scoring/stages";

/** Stage distribution and median per dimension of a region's approved assessments (shown from 5 agencies). */
export async function RegionFigures({ figures }: { figures: NonNullable<RegionSummary["figures"]> }) {
  const [t, ti, tc, format] = await Promise.all([
    getTranslations("coordinator"),
    getTranslations("instrument"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const number = (value: number | undefined) => (value === undefined ? tc("notAvailable") : format.number(value, { maximumFractionDigits: 1 }));
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="region-figures">
        <caption className="text-left text-sm font-medium text-slate-700">{t("regions.figuresCaption")}</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-2 py-1">{t("review.dimension")}</th>
            {STAGES.map((stage) => (
              <th key={stage} scope="col" className="px-2 py-1 text-right">{t(`stages.${stage}`)}</th>
            ))}
            <th scope="col" className="px-2 py-1 text-right">{t("regions.median")}</th>
            <th scope="col" className="px-2 py-1 text-right">{t("regions.n")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {DIMENSION_IDS.map((dimension) => {
            const median = figures.cohort.dimensions[dimension];
            return (
              <tr key={dimension}>
                <th scope="row" className="px-2 py-1 text-left font-normal">{ti(`sections.${dimension}.title`)}</th>
                {STAGES.map((stage) => (
                  <td key={stage} className="px-2 py-1 text-right tabular-nums">{figures.stages[dimension][stage]}</td>
                ))}
                <td className="px-2 py-1 text-right tabular-nums">{median ? number(median.median) : t("regions.tooFewScored")}</td>
                <td className="px-2 py-1 text-right tabular-nums">{median?.n ?? tc("notAvailable")}</td>
              </tr>
            );
          })}
          {(["digital_maturity", "youth_readiness"] as const).map((index) => {
            const median = figures.cohort.indices[index];
            return (
              <tr key={index} className="font-medium">
                <th scope="row" className="px-2 py-1 text-left">{t(`indices.${index}`)}</th>
                <td colSpan={STAGES.length} />
                <td className="px-2 py-1 text-right tabular-nums">{median ? number(median.median) : t("regions.tooFewScored")}</td>
                <td className="px-2 py-1 text-right tabular-nums">{median?.n ?? tc("notAvailable")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
