import { getTranslations } from "next-intl/server";
import { boundText, figureExactness } from "@/lib/benchmarks/citations";
import { statementText } from "@/lib/benchmarks/statement-text";
import type { StatementRef } from "@/lib/scoring/types";
import { getCitationDisplay } from "./citation-display";
import { CohortNote } from "./cohort-note";

/**
 * Findings of the studies shown as context, in the page's language, with their bound as a sentence and
 * their citation. English only for an imported dataset that gives no translation (and then said so).
 */
export async function StatementList({ statements, itemId }: { statements: readonly StatementRef[]; itemId?: string }) {
  if (statements.length === 0) return null;
  const [t, display] = await Promise.all([getTranslations("results"), getCitationDisplay()]);
  return (
    <ul className="space-y-2">
      {statements.map((statement, index) => {
        const { text, isFallback } = statementText(statement, display.locale);
        const exactness = statement.bound ? figureExactness({ ...statement, kind: "bound" }, display) : null;
        return (
          <li key={index} className="rounded border-l-4 border-brand-100 bg-slate-50 px-3 py-2 text-sm">
            <p>
              <span lang={isFallback ? "en" : undefined}>{text}</span>
              {isFallback && <span className="text-slate-600"> {t("statements.inEnglish")}</span>}
            </p>
            {statement.bound && <p className="font-medium">{boundText(statement.bound, itemId, display)}</p>}
            {exactness && <p className="text-xs text-slate-500">{exactness}</p>}
            <CohortNote cohort={statement.cohort} figure={statement} />
          </li>
        );
      })}
    </ul>
  );
}
