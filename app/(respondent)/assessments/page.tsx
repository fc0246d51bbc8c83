import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/coordinator/export-links";
import { StartAssessmentForm } from "@/components/questionnaire/start-assessment-form";
import { StartNextRoundForm } from "@/components/rounds/start-next-round-form";
import { ProgressBar, StatusBadge } from "@/components/questionnaire/status-badge";
import { DownloadReportLinks } from "@/components/reports/download-report-links";
import { requireRole } from "@/lib/session/guards";
import { isEditableStatus, listAgencyAssessments } from "@/lib/data/assessments";

export async function generateMetadata() {
  const t = await getTranslations("questionnaire.list");
  return { title: t("title") };
}

/** The respondent's home: their agency's assessments (resume a draft, open a submitted one), and a new one. */
export default async function AssessmentsPage() {
  const user = await requireRole("RESPONDENT");
  const [assessments, t, tCommon, format] = await Promise.all([
    listAgencyAssessments(user),
    getTranslations("questionnaire.list"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const currentYear = new Date().getFullYear();
  const takenRounds = new Set(assessments.map((assessment) => assessment.round));
  let defaultRound = currentYear;
  while (takenRounds.has(defaultRound)) defaultRound += 1;
  // The next round starts from the latest approved assessment, unless a later round is already started.
  const lastApproved = assessments.find((assessment) => assessment.status === "APPROVED");
  const canStartNextRound = lastApproved !== undefined && assessments[0]?.id === lastApproved.id;

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </header>

      {assessments.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="assessments-empty">
          {t("empty")}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" data-testid="assessment-list">
          {assessments.map((assessment) => {
            const editable = isEditableStatus(assessment.status);
            return (
              <li key={assessment.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`assessment-${assessment.round}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 className="text-lg font-semibold">
                    {t("round")} {assessment.round}
                  </h2>
                  <StatusBadge status={assessment.status} label={tCommon(`statuses.${assessment.status}`)} />
                </div>
                <div className="mt-3">
                  <ProgressBar percent={assessment.completion.percent} label={t("percentComplete", { percent: assessment.completion.percent })} />
                </div>
                <p className="mt-2 text-xs text-slate-600">
                  {t("lastChange")}: {format.dateTime(assessment.updatedAt, { dateStyle: "medium" })}
                </p>
                <Link href={`/assessments/${assessment.id}`} className="mt-3 inline-block font-medium text-brand-700 underline">
                  {editable ? t("resume", { round: assessment.round }) : t("open", { round: assessment.round })}
                </Link>
                {assessment.status === "DRAFT" ? null : (
                  <div className="mt-3">
                    <DownloadReportLinks assessmentId={assessment.id} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {assessments.length > 0 && <ExportLinks />}

      {canStartNextRound && (
        <StartNextRoundForm fromAssessmentId={lastApproved.id} fromRound={lastApproved.round} suggestedRound={Math.max(defaultRound, lastApproved.round + 1)} />
      )}

      <section aria-labelledby="start-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="start-title" className="text-lg font-semibold">
          {t("startTitle")}
        </h2>
        <div className="mt-3">
          <StartAssessmentForm defaultRound={defaultRound} />
        </div>
      </section>
    </div>
  );
}
