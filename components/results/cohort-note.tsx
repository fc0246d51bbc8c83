import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { CohortRef } from "@/lib/scoring/types";
import { cohortName } from "./labels";

/** Who a figure describes: cohort name, survey year, n (or "n not published") and source, always together. */
export async function CohortNote({ cohort, source }: { cohort: CohortRef; source?: string }) {
  const [t, locale] = await Promise.all([getTranslations("results"), getLocale()]);
  const n = cohort.n === null ? t("cohort.nNotPublished") : t("cohort.n", { n: cohort.n });
  return (
    <p className="text-xs text-slate-600">
      {t("cohort.line", { name: cohortName(cohort, locale as Locale), year: cohort.surveyYear, n, version: cohort.datasetVersion })}
      {cohort.n === null && cohort.nNote ? ` (${cohort.nNote})` : ""}
      {" · "}
      {t("cohort.source", { source: source ?? cohort.source })}
    </p>
  );
}
