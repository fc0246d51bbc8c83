import { getTranslations } from "next-intl/server";
import { boundText, figureExactness } from "@/lib/benchmarks/citations";
import type { Bound } from "@/lib/benchmarks/dataset-schema";
import type { ItemFigureComparison } from "@/lib/scoring/types";
import { getCitationDisplay } from "./citation-display";
import { CohortNote } from "./cohort-note";
import { getFormat } from "@/lib/format/get-format";
import { asTranslate, optionLabel } from "./labels";

/** One cohort figure for one item: shares per option beside the agency's answer, or the published bound. */
export async function ItemFigure({ figure }: { figure: ItemFigureComparison }) {
  const [t, tInstrument, f, display] = await Promise.all([getTranslations("results"), getTranslations("instrument"), getFormat(), getCitationDisplay()]);
  const ti = asTranslate(tInstrument);
  const shareText = (share: number | null, count: number | null, bound?: Bound | null) => {
    if (share !== null) return count !== null ? t("figure.shareWithCount", { share: f.share(share), count }) : f.share(share);
    if (bound) return boundText(bound, figure.itemId, display);
    return t("noReferenceFigure");
  };
  const hasCounts = figure.kind !== "bound" && figure.options.some((option) => option.count !== null);
  const exactness = figureExactness({ ...figure, hasCounts }, display);
  return (
    <div className="space-y-1" data-testid={`figure-${figure.itemId}-${figure.cohort.datasetId}`}>
      {figure.kind === "bound" ? (
        <p className="text-sm">{boundText(figure.bound, figure.itemId, display)}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-xs text-slate-600">
              <th scope="col" className="py-1 pr-3">{t("figure.option")}</th>
              <th scope="col" className="py-1 pr-3">{t("figure.cohortShare")}</th>
              <th scope="col" className="py-1">{figure.kind === "multi" ? t("figure.youTicked") : t("figure.yourAnswer")}</th>
            </tr>
          </thead>
          <tbody>
            {figure.kind === "multi"
              ? figure.options.map((option) => (
                  <tr key={option.option} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-normal">{optionLabel(ti, figure.itemId, option.option)}</th>
                    <td className="py-1 pr-3">{shareText(option.share, option.count, option.bound)}</td>
                    <td className="py-1">{option.ticked ? t("figure.yes") : t("figure.no")}</td>
                  </tr>
                ))
              : figure.options.map((option) => (
                  <tr key={option.option} className={`border-b border-slate-100 ${option.isAgencyAnswer ? "bg-brand-50 font-medium" : ""}`}>
                    <th scope="row" className="py-1 pr-3 font-normal">{optionLabel(ti, figure.itemId, option.option)}</th>
                    <td className="py-1 pr-3">{shareText(option.share, option.count)}</td>
                    <td className="py-1">{option.isAgencyAnswer ? t("figure.yourAnswerMark") : ""}</td>
                  </tr>
                ))}
          </tbody>
        </table>
      )}
      {figure.kind === "distribution" && figure.cohortMeanItemScore !== null && (
        <p className="text-xs text-slate-700">
          {t("figure.cohortMean", { value: f.score(figure.cohortMeanItemScore * 100) })}
          {figure.shareAtOrAbove !== null && ` · ${t("figure.atOrAbove", { share: f.share(figure.shareAtOrAbove) })}`}
        </p>
      )}
      {exactness && <p className="text-xs text-slate-500">{exactness}</p>}
      <CohortNote cohort={figure.cohort} figure={figure} />
    </div>
  );
}
