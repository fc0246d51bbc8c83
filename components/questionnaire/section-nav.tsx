import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SectionCompletion } from "@/lib/questionnaire/completion";
import { parts } from "@/lib/questionnaire/lookup";
import { getSectionTitles } from "./item-views";
import { SectionProgress } from "./section-progress";
import { instrumentKeys } from "@/lib/i18n/keys";

type Props = { assessmentId: string; completion: SectionCompletion[]; currentSectionId?: string };

/** Parts → sections, each with its completion; the current section is marked for screen readers. */
export async function SectionNav({ assessmentId, completion, currentSectionId }: Props) {
  const t = await getTranslations("questionnaire.overview");
  const tInstrument = await getTranslations("instrument");
  const titleOf = await getSectionTitles();
  const byId = new Map(completion.map((entry) => [entry.sectionId, entry]));
  return (
    <nav aria-label={t("sectionsNav")} data-testid="section-nav">
      <ol className="space-y-4">
        {parts.map((part, index) => (
          <li key={part.id}>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
              {t("partLabel", { number: index + 1 })} · {tInstrument(instrumentKeys.partTitle(part.id))}
            </p>
            <ul className="mt-2 space-y-1">
              {part.sections.map((section) => {
                const entry = byId.get(section.id);
                const isCurrent = section.id === currentSectionId;
                return (
                  <li key={section.id}>
                    <Link
                      href={`/assessments/${assessmentId}/sections/${section.id}`}
                      aria-current={isCurrent ? "page" : undefined}
                      className={`flex items-baseline justify-between gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-brand-50 ${isCurrent ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-800"}`}
                    >
                      <span>{titleOf(section.id)}</span>
                      {entry && (
                        <SectionProgress
                          sectionId={section.id}
                          initial={{ answered: entry.answered, total: entry.total, complete: entry.complete }}
                        />
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </nav>
  );
}
