import { getTranslations } from "next-intl/server";
import { getSection } from "@/lib/questionnaire/lookup";
import type { Answers, DimensionId } from "@/lib/questionnaire/types";
import type { AssessmentScores, DatasetComparison } from "@/lib/scoring/types";
import { getFormat } from "@/lib/format/get-format";
import { ItemFigure } from "./item-figure";
import { answerText, asTranslate, itemLabel } from "./labels";
import { StatementList } from "./statement-list";
import { WhyThisScore } from "./why-this-score";

/**
 * One dimension in detail: each item with the agency's answer (as scored, for scored items), every cohort
 * figure or statement about it with its source ("no reference figure" only where no study and no live
 * cohort has one), and the arithmetic. `live`: the live cohorts' comparisons, computed for this view.
 */
export async function DimensionDetails({
  scores,
  dimension,
  answers,
  live = [],
}: {
  scores: AssessmentScores;
  dimension: DimensionId;
  answers: Answers;
  live?: readonly DatasetComparison[];
}) {
  const [t, tInstrument, f] = await Promise.all([getTranslations("results"), getTranslations("instrument"), getFormat()]);
  const ti = asTranslate(tInstrument);
  const score = scores.dimensions[dimension];
  const scoredAnswer = new Map(score.items.map((item) => [item.itemId, item]));
  const items = getSection(dimension)?.items ?? [];
  const dimensionStatements = scores.comparisons.flatMap((c) => c.dimensions[dimension]?.statements ?? []);
  return (
    <section aria-labelledby={`dimension-${dimension}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`dimension-${dimension}`} className="text-lg font-semibold">
        {ti(`sections.${dimension}.title`)}
        <span className="ml-2 text-base font-normal text-slate-700">
          {score.score === null ? t("insufficient") : `${f.score(score.score)} / 100 · ${t(`stages.${score.stage!}`)}`}
        </span>
      </h3>
      <StatementList statements={dimensionStatements} />
      <ol className="space-y-4">
        {items.map((item) => {
          const scored = scoredAnswer.get(item.id);
          const value = scored ? scored.answer : answers[item.id]?.value;
          const comparisons = [...scores.comparisons, ...live].map((c) => c.items[item.id]).filter((c) => c !== undefined);
          const figures = comparisons.flatMap((c) => (c.figure ? [c.figure] : []));
          const statements = comparisons.flatMap((c) => c.statements);
          return (
            <li key={item.id} className="space-y-2 border-t border-slate-100 pt-3">
              <p className="font-medium">{itemLabel(ti, item.id)}</p>
              <p className="text-sm">
                <span className="text-slate-600">{t("items.yourAnswer")} </span>
                {answerText(ti, item.id, value) ?? t("why.unanswered")}
                {scored && <span className="text-slate-600"> · {scored.points === null ? t("why.noPoints") : t("items.points", { points: scored.points })}</span>}
                {!scored && <span className="text-slate-600"> · {t("items.notScored")}</span>}
              </p>
              {figures.map((figure) => (
                <ItemFigure key={figure.cohort.datasetId} figure={figure} />
              ))}
              <StatementList statements={statements} itemId={item.id} />
              {figures.length === 0 && statements.length === 0 && <p className="text-sm text-slate-600">{t("noReferenceFigure")}</p>}
            </li>
          );
        })}
      </ol>
      <WhyThisScore score={score} />
    </section>
  );
}
