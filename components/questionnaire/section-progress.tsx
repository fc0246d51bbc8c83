"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useProgress, type Progress } from "./progress-store";

/** "3 of 5" beside a section in the sidebar, updated as answers are saved here or by colleagues. */
export function SectionProgress({ sectionId, initial }: { sectionId: string; initial: Progress }) {
  const t = useTranslations("questionnaire.overview");
  const entry = useProgress(sectionId, initial);
  return (
    <span data-testid={`progress-${sectionId}`} className={`shrink-0 text-xs ${entry.complete ? "text-green-800" : "text-slate-600"}`}>
      {t("sectionProgress", { answered: entry.answered, total: entry.total })}
      <span className="sr-only"> ({entry.complete ? t("complete") : t("incomplete")})</span>
      {entry.complete && <span aria-hidden="true"> ✓</span>}
    </span>
  );
}
