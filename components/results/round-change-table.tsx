import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/format/get-format";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { INDEX_IDS } from "@/lib/scoring/indices";
import type { RoundChange, ScoreChange } from "@/lib/scoring/round-change";

/**
 * The change per dimension and index since the previous round, read from the two stored snapshots.
 * `labels` are the dimension titles (the results page has them from the instrument catalogue).
 */
export async function RoundChangeTable({
  change,
  previousRound,
  currentRound,
  labels,
}: {
  change: RoundChange;
  previousRound: number;
  currentRound: number;
  labels: Record<string, string>;
}) {
  const [t, tc, format] = await Promise.all([getTranslations("coordinator"), getTranslations("common"), getFormat()]);
  const score = (value: number | null) => (value === null ? tc("notAvailable") : format.score(value));
  const delta = (value: number | null) =>
    value === null ? t("rounds.change.notComparable") : format.gap(value);
  const row = (key: string, label: string, entry: ScoreChange, strong = false) => (
    <tr key={key} className={strong ? "font-medium" : undefined} data-row={key}>
      <th scope="row" className="py-1 pr-3 text-left font-normal">{label}</th>
      <td className="py-1 pr-3 text-right tabular-nums">{score(entry.previous)}</td>
      <td className="py-1 pr-3 text-right tabular-nums">{score(entry.current)}</td>
      <td className="py-1 pr-3 text-right tabular-nums" data-testid={`change-${key}`}>{delta(entry.change)}</td>
      <td className="py-1 text-sm">
        {entry.previousStage && entry.currentStage && entry.previousStage !== entry.currentStage
          ? t("rounds.change.stageMoved", { from: t(`stages.${entry.previousStage}`), to: t(`stages.${entry.currentStage}`) })
          : entry.currentStage
            ? t(`stages.${entry.currentStage}`)
            : tc("notAvailable")}
      </td>
    </tr>
  );
  return (
    <section aria-labelledby="round-change-heading" className="space-y-2" data-testid="round-change">
      <h2 id="round-change-heading" className="text-xl font-semibold">{t("rounds.change.title", { previous: previousRound, current: currentRound })}</h2>
      {change.isModelChanged && <p className="text-sm text-amber-800">{t("rounds.change.modelChanged")}</p>}
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead className="text-left text-slate-700">
            <tr>
              <th scope="col" className="py-1 pr-3">{t("review.dimension")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{previousRound}</th>
              <th scope="col" className="py-1 pr-3 text-right">{currentRound}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("rounds.change.change")}</th>
              <th scope="col" className="py-1">{t("review.stage")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {INDEX_IDS.map((index) => row(index, t(`indices.${index}`), change.indices[index], true))}
            {DIMENSION_IDS.map((dimension) => row(dimension, labels[dimension] ?? dimension, change.dimensions[dimension]))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">{t("rounds.change.note")}</p>
    </section>
  );
}
