import { getTranslations } from "next-intl/server";
import type { AssessmentScores } from "@/lib/scoring/types";
import { ItemFigure } from "./item-figure";
import { asTranslate, itemLabel } from "./labels";

/** The barriers compared with the AP shares, and the budgets with the AP distributions. */
export const BARRIER_ITEMS = ["context.barriers"] as const;
export const BUDGET_ITEMS = ["context.budget_overall", "context.budget_digital", "context.budget_youth"] as const;

/**
 * Context items against the cohorts that give a figure for them (the barriers against the AP shares, the
 * budgets against the AP distributions). Without any figure: "no reference figure".
 */
export async function ContextComparisons({ scores, itemIds, testId }: { scores: AssessmentScores; itemIds: readonly string[]; testId: string }) {
  const [t, tInstrument] = await Promise.all([getTranslations("results"), getTranslations("instrument")]);
  const ti = asTranslate(tInstrument);
  return (
    <div className="space-y-6" data-testid={testId}>
      {itemIds.map((itemId) => {
        const figures = scores.comparisons.flatMap((comparison) => {
          const figure = comparison.items[itemId]?.figure;
          return figure ? [figure] : [];
        });
        return (
          <div key={itemId} className="space-y-2">
            <h3 className="font-medium">{itemLabel(ti, itemId)}</h3>
            {figures.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noReferenceFigure")}</p>
            ) : (
              figures.map((figure) => <ItemFigure key={figure.cohort.datasetId} figure={figure} />)
            )}
          </div>
        );
      })}
    </div>
  );
}
