import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentHeader } from "@/components/questionnaire/assessment-header";
import { withGuidance } from "@/components/questionnaire/item-guidance";
import { getItemStrings, getItemViews } from "@/components/questionnaire/item-views";
import { ReadOnlyAnswers } from "@/components/questionnaire/read-only-answers";
import { SectionForm } from "@/components/questionnaire/section-form";
import { SectionNav } from "@/components/questionnaire/section-nav";
import { getCompletion } from "@/lib/questionnaire/completion";
import { getSection, sections } from "@/lib/questionnaire/lookup";
import { toSectionFormValues } from "@/lib/questionnaire/schemas";
import { loadAssessmentForPage } from "../../load-assessment";
import { loadCoordinatorComments } from "../../load-coordinator-comments";
import { instrumentKeys } from "@/lib/i18n/keys";

type Props = { params: Promise<{ assessmentId: string; sectionId: string }> };

export async function generateMetadata({ params }: Props) {
  const { assessmentId, sectionId } = await params;
  const section = getSection(sectionId);
  if (!section) notFound();
  await loadAssessmentForPage(assessmentId);
  const t = await getTranslations("instrument");
  return { title: t(instrumentKeys.sectionTitle(section.id)) };
}

/** One section: the form while the assessment can be changed, its answers as text otherwise. */
export default async function SectionPage({ params }: Props) {
  const { assessmentId, sectionId } = await params;
  const section = getSection(sectionId);
  if (!section) notFound();
  const { user, assessment } = await loadAssessmentForPage(assessmentId);
  const [items, strings, t, tInstrument, notes] = await Promise.all([
    getItemViews(section),
    getItemStrings(),
    getTranslations("questionnaire.section"),
    getTranslations("instrument"),
    loadCoordinatorComments(user, assessment.id, section.id),
  ]);
  const index = sections.findIndex((candidate) => candidate.id === section.id);
  const previous = sections[index - 1];
  const next = sections[index + 1];
  const base = `/assessments/${assessment.id}`;

  return (
    <div className="space-y-6">
      <AssessmentHeader assessment={assessment} compact />
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <div className="order-last lg:order-first">
          <SectionNav assessmentId={assessment.id} completion={getCompletion(assessment.answers)} currentSectionId={section.id} />
        </div>
        <div className="min-w-0">
          <p className="text-sm text-slate-600">{t("sectionOf", { current: index + 1, total: sections.length })}</p>
          <h1 className="text-2xl font-semibold">{tInstrument(instrumentKeys.sectionTitle(section.id))}</h1>
          <p className="mt-2 mb-6 text-slate-700">{tInstrument(instrumentKeys.sectionDescription(section.id))}</p>
          {notes.sectionNotes}
          {assessment.isEditable ? (
            <SectionForm
              assessmentId={assessment.id}
              sectionId={section.id}
              items={items}
              strings={strings}
              defaultValues={toSectionFormValues(section.id, assessment.answers, assessment.comments[section.id])}
              versions={assessment.versions}
              user={{ id: user.id, email: user.email }}
              itemNotes={withGuidance(section, notes.itemNotes)}
              needsConfirmation={notes.needsConfirmation}
            />
          ) : (
            <ReadOnlyAnswers items={items} answers={assessment.answers} comment={assessment.comments[section.id]} strings={strings} itemNotes={notes.itemNotes} />
          )}
          <nav aria-label={t("sectionOf", { current: index + 1, total: sections.length })} className="mt-8 flex flex-wrap justify-between gap-3">
            {previous ? (
              <Link href={`${base}/sections/${previous.id}`} className="text-brand-700 underline" rel="prev">
                ← {t("previous")}
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link href={`${base}/sections/${next.id}`} className="font-medium text-brand-700 underline" rel="next" data-testid="next-section">
                {t("next")} →
              </Link>
            ) : (
              assessment.isEditable && (
                <Link href={`${base}/review`} className="font-medium text-brand-700 underline" data-testid="to-review">
                  {t("toReview")} →
                </Link>
              )
            )}
          </nav>
        </div>
      </div>
    </div>
  );
}
