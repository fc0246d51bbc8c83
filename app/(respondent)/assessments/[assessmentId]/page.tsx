import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssessmentHeader } from "@/components/questionnaire/assessment-header";
import { SectionNav } from "@/components/questionnaire/section-nav";
import { buttonClasses } from "@/components/ui/button";
import { getCompletion } from "@/lib/questionnaire/completion";
import { SECTION_IDS } from "@/lib/questionnaire/lookup";
import { loadAssessmentForPage } from "./load-assessment";
import { AssessmentNotices } from "./assessment-notices";

type Props = { params: Promise<{ assessmentId: string }> };

export async function generateMetadata({ params }: Props) {
  const { assessmentId } = await params;
  const { assessment } = await loadAssessmentForPage(assessmentId);
  const t = await getTranslations("questionnaire.overview");
  return { title: t("title", { round: assessment.round }) };
}

/** An assessment's overview: its parts and sections with their completion, and the way to review and submit. */
export default async function AssessmentPage({ params }: Props) {
  const { assessmentId } = await params;
  const { user, assessment } = await loadAssessmentForPage(assessmentId);
  const [t, tResults] = await Promise.all([getTranslations("questionnaire.overview"), getTranslations("results")]);
  const completion = getCompletion(assessment.answers);
  const firstIncomplete = completion.find((entry) => !entry.complete)?.sectionId ?? SECTION_IDS[0];
  return (
    <div className="space-y-6">
      <h1 className="sr-only">{t("title", { round: assessment.round })}</h1>
      <AssessmentHeader assessment={assessment} />
      <AssessmentNotices user={user} assessmentId={assessment.id} />
      <div className="flex flex-wrap gap-3">
        <Link href={`/assessments/${assessment.id}/sections/${assessment.isEditable ? firstIncomplete : SECTION_IDS[0]}`} className={buttonClasses("primary")}>
          {assessment.isEditable ? t("start") : t("viewAnswers")}
        </Link>
        {assessment.status !== "DRAFT" && (
          <Link href={`/assessments/${assessment.id}/results`} className={buttonClasses("secondary")} data-testid="results-link">
            {tResults("viewResults")}
          </Link>
        )}
        {assessment.isEditable && (
          <Link href={`/assessments/${assessment.id}/review`} className={buttonClasses("secondary")}>
            {t("toSubmissionCheck")}
          </Link>
        )}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <SectionNav assessmentId={assessment.id} completion={completion} />
      </div>
    </div>
  );
}
