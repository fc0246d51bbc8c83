import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentHeader } from "@/components/questionnaire/assessment-header";
import { getItemLabels, getSectionTitles } from "@/components/questionnaire/item-views";
import { SubmitAssessment } from "@/components/questionnaire/submit-assessment";
import { Alert } from "@/components/ui/alert";
import { missingRequiredItems } from "@/lib/questionnaire/completion";
import { crossFieldIssues } from "@/lib/questionnaire/cross-field";
import { getSectionOfItem, sections } from "@/lib/questionnaire/lookup";
import { loadAssessmentForPage } from "../load-assessment";
import { getMessage } from "@/lib/i18n/get-message";

type Props = { params: Promise<{ assessmentId: string }> };

export async function generateMetadata({ params }: Props) {
  await loadAssessmentForPage((await params).assessmentId);
  const t = await getTranslations("questionnaire.submissionCheck");
  return { title: t("title") };
}

/**
 * The respondent's check before submitting (at /review for old links; not the coordinator's review, which
 * is under /coordinator): what is still unanswered, with links to each question, and the submit button.
 */
export default async function SubmissionCheckPage({ params }: Props) {
  const { assessmentId } = await params;
  const { assessment } = await loadAssessmentForPage(assessmentId);
  if (!assessment.isEditable) redirect(`/assessments/${assessment.id}`);
  const [t, message, labelOf, titleOf] = await Promise.all([getTranslations("questionnaire.submissionCheck"), getMessage(), getItemLabels(), getSectionTitles()]);
  // The same rules between items the form checks, on the answers as stored: submission refuses them too.
  const issues = crossFieldIssues(assessment.answers);
  const missing = missingRequiredItems(assessment.answers);
  const missingBySection = sections
    .map((section) => ({ section, itemIds: missing.filter((itemId) => getSectionOfItem(itemId)?.id === section.id) }))
    .filter((group) => group.itemIds.length > 0);

  return (
    <div className="space-y-6">
      <AssessmentHeader assessment={assessment} />
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {missing.length === 0 ? (
        <Alert tone="success">{t("allAnswered")}</Alert>
      ) : (
        <section aria-labelledby="missing-title" data-testid="missing-items">
          <h2 id="missing-title" className="text-lg font-semibold">
            {t("missingTitle", { count: missing.length })}
          </h2>
          <ul className="mt-3 space-y-4">
            {missingBySection.map(({ section, itemIds }) => (
              <li key={section.id}>
                <h3 className="font-medium">{titleOf(section.id)}</h3>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {itemIds.map((itemId) => (
                    <li key={itemId}>
                      <Link href={`/assessments/${assessment.id}/sections/${section.id}#item-${itemId}`} className="text-brand-700 underline" data-item-id={itemId}>
                        {labelOf(itemId)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {issues.length > 0 && (
        <section aria-labelledby="invalid-title" data-testid="invalid-items">
          <h2 id="invalid-title" className="text-lg font-semibold text-red-800">
            {t("invalidTitle", { count: issues.length })}
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {issues.map((issue) => (
              <li key={issue.itemId}>
                <Link
                  href={`/assessments/${assessment.id}/sections/${getSectionOfItem(issue.itemId)?.id}#item-${issue.itemId}`}
                  className="text-brand-700 underline"
                  data-item-id={issue.itemId}
                >
                  {labelOf(issue.itemId)}
                </Link>
                : {message(issue.message)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SubmitAssessment assessmentId={assessment.id} disabled={missing.length > 0 || issues.length > 0} />
    </div>
  );
}
