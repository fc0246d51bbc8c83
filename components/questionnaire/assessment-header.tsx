import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { AssessmentDetail } from "@/lib/data/assessments";
import { StatusBadge } from "@/components/ui/status-badge";
import { ProgressBar } from "./progress-bar";

/** Title, status and progress of an assessment, and why it is read-only when it is. */
export async function AssessmentHeader({ assessment, compact = false }: { assessment: AssessmentDetail; compact?: boolean }) {
  const t = await getTranslations("questionnaire.overview");
  const tCommon = await getTranslations("common");
  const format = await getFormatter();
  const { completion } = assessment;
  return (
    <header className="space-y-3">
      <Link href="/assessments" className="text-sm text-brand-700 underline">
        {t("backToList")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-lg font-semibold">
          {assessment.agencyName} · {t("title", { round: assessment.round })}
        </p>
        <StatusBadge status={assessment.status} label={tCommon(`statuses.${assessment.status}`)} />
      </div>
      {!compact && (
        <ProgressBar
          percent={completion.percent}
          label={t("progressSummary", { answered: completion.requiredAnswered, required: completion.required, percent: completion.percent })}
        />
      )}
      {assessment.status === "RETURNED" && <Alert tone="warning">{t("returned")}</Alert>}
      {!assessment.isEditable && assessment.status !== "RETURNED" && (
        <Alert tone="info">
          <span data-testid="read-only-notice">
            {t("readOnly")}{" "}
            {assessment.submittedAt && t("submittedOn", { date: format.dateTime(assessment.submittedAt, { dateStyle: "long" }) })}
          </span>
        </Alert>
      )}
    </header>
  );
}
