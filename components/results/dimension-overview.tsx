import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { LiveCohorts } from "@/lib/data/live-cohorts";
import type { LiveCohort } from "@/lib/scoring/live-cohort";
import type { AssessmentScores } from "@/lib/scoring/types";
import type { DimensionId } from "@/lib/questionnaire/types";
import { gapPoints } from "@/lib/format/gap-points";
import { CohortNote } from "./cohort-note";
import { getFormat } from "@/lib/format/get-format";
import { asTranslate, cohortName } from "./labels";

/** A cell of a row shown as a card on a phone: a block led by its column's name. */
const CELL = "max-sm:block max-sm:py-1 max-sm:pr-0 max-sm:before:block max-sm:before:text-xs max-sm:before:font-semibold max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)]";

/**
 * Every dimension: score, stage, IDB-comparable level, the cohort figures (published level or item
 * distributions, with the gap and its sign) and the live cohorts; "no reference figure" where none exists.
 */
export async function DimensionOverview({ scores, live }: { scores: AssessmentScores; live: LiveCohorts | null }) {
  const [t, tInstrument, tCommon, locale] = await Promise.all([getTranslations("results"), getTranslations("instrument"), getTranslations("common"), getLocale()]);
  const f = await getFormat();
  const ti = asTranslate(tInstrument);
  const dimensions = Object.keys(scores.dimensions) as DimensionId[];
  const withFigures = scores.comparisons.filter((c) => dimensions.some((d) => c.dimensions[d]?.basis));

  const liveCell = (cohort: LiveCohort | undefined, dimension: DimensionId) => {
    if (!cohort) return t("live.none");
    const figure = cohort.dimensions[dimension];
    if (!figure) return t("live.tooSmall", { n: cohort.agencies, minimum: cohort.minimum });
    return t("live.figure", { median: f.score(figure.median), min: f.score(figure.min), max: f.score(figure.max), n: figure.n });
  };

  const liveRegionLabel = t("table.liveRegion", { region: live ? asTranslate(tCommon)(`regions.${live.region}`) : "—" });
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto" tabIndex={0}>
        {/* On a phone each row becomes a card: the cells stack, each led by its column's name (data-label). */}
        <table className="w-full text-left text-sm max-sm:block sm:min-w-[720px]">
          <thead className="max-sm:sr-only">
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">{t("table.dimension")}</th>
              <th scope="col" className="py-2 pr-3">{t("table.score")}</th>
              <th scope="col" className="py-2 pr-3">{t("table.stage")}</th>
              <th scope="col" className="py-2 pr-3">{t("table.idbLevel")}</th>
              <th scope="col" className="py-2 pr-3">{t("table.reference")}</th>
              <th scope="col" className="py-2 pr-3">{liveRegionLabel}</th>
              <th scope="col" className="py-2">{t("table.liveAll")}</th>
            </tr>
          </thead>
          <tbody className="max-sm:block max-sm:space-y-3">
            {dimensions.map((dimension) => {
              const score = scores.dimensions[dimension];
              const references = scores.comparisons.flatMap((comparison) => {
                const figure = comparison.dimensions[dimension];
                if (!figure?.basis) return [];
                const name = cohortName(comparison.cohort, locale as Locale);
                if (figure.basis === "item_distributions" && figure.itemDistributions) {
                  const c = figure.itemDistributions;
                  return [t("table.referenceScore", { cohort: name, value: f.score(c.cohortScore), gap: c.gap === null ? "—" : f.gap(c.gap), gapPoints: gapPoints(c.gap) })];
                }
                const p = figure.publishedLevel!;
                return [t("table.referenceLevel", { cohort: name, value: f.level(p.level), gap: p.gap === null ? "—" : f.levelGap(p.gap) })];
              });
              return (
                <tr key={dimension} className="border-b border-slate-100 align-top max-sm:block max-sm:rounded max-sm:border max-sm:p-3" data-testid={`dimension-row-${dimension}`}>
                  <th scope="row" className="py-2 pr-3 font-medium max-sm:block max-sm:py-0">{ti(`sections.${dimension}.title`)}</th>
                  <td className={`py-2 pr-3 ${CELL}`} data-label={t("table.score")} data-testid={`dimension-score-${dimension}`}>
                    {score.score === null ? t("insufficient") : f.score(score.score)}
                  </td>
                  <td className={`py-2 pr-3 ${CELL}`} data-label={t("table.stage")} data-testid={`dimension-stage-${dimension}`}>{score.stage ? t(`stages.${score.stage}`) : "—"}</td>
                  <td className={`py-2 pr-3 ${CELL}`} data-label={t("table.idbLevel")}>{score.idbLevel === null ? "—" : f.level(score.idbLevel)}</td>
                  <td className={`py-2 pr-3 ${CELL}`} data-label={t("table.reference")}>
                    {references.length === 0 ? <span className="text-slate-600">{t("noReferenceFigure")}</span> : references.map((line) => <div key={line}>{line}</div>)}
                  </td>
                  <td className={`py-2 pr-3 ${CELL}`} data-label={liveRegionLabel}>{liveCell(live?.regional, dimension)}</td>
                  <td className={`py-2 ${CELL}`} data-label={t("table.liveAll")}>{liveCell(live?.overall, dimension)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-600">{t("table.idbLevelNote")}</p>
      {withFigures.map((comparison) => {
        const sample = dimensions.map((d) => comparison.dimensions[d]).find((d) => d?.publishedLevel);
        return <CohortNote key={comparison.cohort.datasetId} cohort={comparison.cohort} figure={sample?.publishedLevel ?? undefined} />;
      })}
      <p className="text-xs text-slate-600">{t("live.note", { minimum: live?.regional.minimum ?? 5 })}</p>
    </div>
  );
}
