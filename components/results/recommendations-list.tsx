import { getTranslations } from "next-intl/server";
import { RECOMMENDATIONS, recommendationsFor } from "@/lib/scoring/recommendations";
import type { AssessmentScores } from "@/lib/scoring/types";
import { asTranslate } from "./labels";

/** For each scored dimension below Advanced: its next-stage descriptor and the study's recommendations (§6). */
export async function RecommendationsList({ scores }: { scores: AssessmentScores }) {
  const [t, tRec, tInstrument] = await Promise.all([getTranslations("results"), getTranslations("recommendations"), getTranslations("instrument")]);
  const tr = asTranslate(tRec);
  const ti = asTranslate(tInstrument);
  const entries = recommendationsFor(scores);
  const hasInsufficient = Object.values(scores.dimensions).some((d) => d.score === null);
  return (
    <div className="space-y-4" data-testid="recommendations">
      <p className="text-sm text-slate-700">{tRec("intro")}</p>
      {entries.length === 0 && <p className="text-sm">{tRec("none")}</p>}
      {entries.map((entry) => (
        <article key={entry.dimension} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={`recommendation-${entry.dimension}`}>
          <h3 className="font-semibold">
            {ti(`sections.${entry.dimension}.title`)} · {t(`stages.${entry.stage}`)} → {t(`stages.${entry.nextStage}`)}
          </h3>
          <p className="text-sm">
            <span className="font-medium">{tRec("nextStageHeading")}: </span>
            {tr(entry.nextStageKey)}
          </p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {entry.recommendationIds.map((id) => {
              const conclusion = RECOMMENDATIONS.find((r) => r.id === id)!.conclusion;
              return (
                <li key={id}>
                  <span className="font-medium">{tr(`items.${id}.title`)}</span>
                  {entry.youthRecommendationIds.includes(id) && <span className="ml-2 rounded bg-slate-100 px-1 text-xs">{tRec("youthLabel")}</span>}
                  <span className="text-slate-600"> ({tRec("conclusionLabel", { number: conclusion })})</span>
                  <p>{tr(`items.${id}.body`)}</p>
                </li>
              );
            })}
          </ul>
        </article>
      ))}
      {hasInsufficient && <p className="text-xs text-slate-600">{tRec("insufficientNote")}</p>}
      <p className="text-xs text-slate-600">{tRec("source")}</p>
    </div>
  );
}
