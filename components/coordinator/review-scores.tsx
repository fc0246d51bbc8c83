import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ScoreSnapshotView } from "@/lib/data/snapshots";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { INDEX_IDS } from "@/lib/scoring/indices";

/** The two indices and the dimension scores and stages, as stored in the current snapshot (never recomputed). */
export async function ReviewScores({ snapshot, assessmentId }: { snapshot: ScoreSnapshotView | null; assessmentId: string }) {
  const [t, ti, tc, format] = await Promise.all([
    getTranslations("coordinator"),
    getTranslations("instrument"),
    getTranslations("common"),
    getFormatter(),
  ]);
  if (!snapshot) return <p className="text-sm text-slate-600">{t("review.noScores")}</p>;
  const score = (value: number | null) => (value === null ? tc("notAvailable") : format.number(value, { maximumFractionDigits: 1 }));
  const { scores } = snapshot;
  return (
    <div className="space-y-4" data-testid="review-scores">
      <dl className="grid gap-3 sm:grid-cols-2">
        {INDEX_IDS.map((index) => (
          <div key={index} className="rounded-md border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{t(`indices.${index}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">
              {score(scores.indices[index].value)}
              {scores.indices[index].stage && <span className="ml-2 text-sm font-normal">{t(`stages.${scores.indices[index].stage}`)}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("review.dimensionScores")}</caption>
        <thead className="text-left text-slate-700">
          <tr>
            <th scope="col" className="py-1 pr-3">{t("review.dimension")}</th>
            <th scope="col" className="py-1 pr-3 text-right">{t("review.score")}</th>
            <th scope="col" className="py-1">{t("review.stage")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {DIMENSION_IDS.map((dimension) => {
            const entry = scores.dimensions[dimension];
            return (
              <tr key={dimension}>
                <th scope="row" className="py-1 pr-3 text-left font-normal">{ti(`sections.${dimension}.title`)}</th>
                <td className="py-1 pr-3 text-right tabular-nums">{score(entry?.score ?? null)}</td>
                <td className="py-1">{entry?.stage ? t(`stages.${entry.stage}`) : t("review.insufficient")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="text-xs text-slate-500">
        {t("review.snapshotNote", { model: snapshot.scoringModelVersion, instrument: snapshot.instrumentVersion })}{" "}
        <Link href={`/assessments/${assessmentId}/results`} className="text-brand-700 underline">
          {t("review.viewResults")}
        </Link>
      </p>
    </div>
  );
}
