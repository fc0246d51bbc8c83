import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { StatementRef } from "@/lib/scoring/types";
import { CohortNote } from "./cohort-note";
import { statementText } from "./labels";

/** Findings of the studies shown as context, in the page's language or in English (and then said so). */
export async function StatementList({ statements }: { statements: readonly StatementRef[] }) {
  if (statements.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("results"), getLocale()]);
  return (
    <ul className="space-y-2">
      {statements.map((statement, index) => {
        const { text, isFallback } = statementText(statement, locale as Locale);
        return (
          <li key={index} className="rounded border-l-4 border-brand-100 bg-slate-50 px-3 py-2 text-sm">
            <p>
              {statement.bound && <span className="font-medium">{statement.bound}: </span>}
              <span lang={isFallback ? "en" : undefined}>{text}</span>
              {isFallback && <span className="text-slate-600"> {t("statements.inEnglish")}</span>}
            </p>
            <CohortNote cohort={statement.cohort} source={statement.source} />
          </li>
        );
      })}
    </ul>
  );
}
