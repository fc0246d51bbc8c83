import { getTranslations } from "next-intl/server";
import { sourceLine } from "@/lib/benchmarks/citations";
import { nNoteText } from "@/lib/benchmarks/statement-text";
import type { Citation } from "@/lib/benchmarks/citation-schema";
import type { CohortRef } from "@/lib/scoring/types";
import { getCitationDisplay } from "./citation-display";
import { cohortName } from "./labels";

/**
 * Who a figure describes: cohort name, survey year, n (or "n not published", with what is known) and the
 * citation of the study in the page's language, always together. Never the working notes of the dataset.
 */
export async function CohortNote({ cohort, figure }: { cohort: CohortRef; figure?: { source?: string; citation?: Citation } }) {
  const [t, display] = await Promise.all([getTranslations("results"), getCitationDisplay()]);
  const n = cohort.n === null ? t("cohort.nNotPublished") : t("cohort.n", { n: cohort.n });
  const note = nNoteText(cohort, display.locale);
  const nNote = note ? ` (${note})` : "";
  return (
    <p className="text-xs text-slate-600">
      {t("cohort.line", { name: cohortName(cohort, display.locale), year: cohort.surveyYear, n, version: cohort.datasetVersion })}
      {nNote}
      {" · "}
      {sourceLine({ cohort, source: figure?.source, citation: figure?.citation }, display)}
    </p>
  );
}
