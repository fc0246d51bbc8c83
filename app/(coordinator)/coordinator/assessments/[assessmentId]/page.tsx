import Link from "next/link";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/country-codes";
import { ReviewAnswers } from "@/components/coordinator/review-answers";
import { ReviewCommentForm, type CommentTargetGroup } from "@/components/coordinator/review-comment-form";
import { ReviewDecision } from "@/components/coordinator/review-decision";
import { ReviewScores } from "@/components/coordinator/review-scores";
import { StatusBadge } from "@/components/ui/status-badge";
import { StatusHistory } from "@/components/coordinator/status-history";
import { ReviewCommentList } from "@/components/review/review-comment-list";
import { Alert } from "@/components/ui/alert";
import { RoundChangeTable } from "@/components/results/round-change-table";
import { getReview } from "@/lib/data/coordinator";
import { getRoundChange } from "@/lib/data/rounds/get-round-change";
import { DIMENSION_IDS, sections } from "@/lib/questionnaire/lookup";
import { pageData } from "@/lib/http/page-data";
import { canCommentOn } from "@/lib/review/transitions";
import { requireUser } from "@/lib/session/guards";
import { instrumentKeys } from "@/lib/i18n/keys";

type Props = { params: Promise<{ assessmentId: string }> };

/** Shared by the title and the page (one read); an unknown id is a 404 before the page streams. */
const loadReview = cache(async (assessmentId: string) => {
  const user = await requireUser({ permission: "assessment:review" });
  return { user, review: pageData(await getReview(user, assessmentId)) };
});

export async function generateMetadata({ params }: Props) {
  await loadReview((await params).assessmentId);
  const t = await getTranslations("coordinator.review");
  return { title: t("metaTitle") };
}

export default async function ReviewPage({ params }: Props) {
  const { assessmentId } = await params;
  const { user, review } = await loadReview(assessmentId);
  const { assessment, agency, snapshot, comments, events } = review;
  const [roundChange, t, tc, ti, format, locale] = await Promise.all([
    getRoundChange(user, assessmentId),
    getTranslations("coordinator.review"),
    getTranslations("common"),
    getTranslations("instrument"),
    getFormatter(),
    getLocale(),
  ]);
  const isUnderReview = canCommentOn(assessment.status);
  const targets: CommentTargetGroup[] = sections.map((section) => ({
    sectionId: section.id,
    label: ti(`sections.${section.id}.title`),
    items: section.items.map((item) => ({ itemId: item.id, label: ti(instrumentKeys.itemLabel(item.id)) })),
  }));
  const generalComments = comments.filter((c) => c.sectionId === null && c.itemId === null);

  return (
    <div className="space-y-8">
      <div>
        <Link href="/coordinator" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("title", { agency: assessment.agencyName, round: assessment.round })}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={assessment.status} label={tc(`statuses.${assessment.status}`)} />
          <span>{countryName(agency.countryCode, locale)} · {tc(`regions.${agency.region}`)}</span>
          {assessment.submittedAt && <span>· {t("submittedOn", { date: format.dateTime(assessment.submittedAt, { dateStyle: "medium" }) })}</span>}
          {assessment.approvedAt && <span>· {t("approvedOn", { date: format.dateTime(assessment.approvedAt, { dateStyle: "medium" }) })}</span>}
        </p>
      </div>

      {assessment.status === "APPROVED" && <Alert tone="success">{t("lockedApproved")}</Alert>}
      {assessment.status === "RETURNED" && <Alert tone="warning">{t("awaitingAgency")}</Alert>}
      {assessment.status === "DRAFT" && <Alert tone="info">{t("notSubmittedYet")}</Alert>}

      <section aria-labelledby="scores-heading" className="space-y-3">
        <h2 id="scores-heading" className="text-xl font-semibold">{t("scores")}</h2>
        <ReviewScores snapshot={snapshot} assessmentId={assessment.id} />
      </section>

      {roundChange.ok && roundChange.data && (
        <RoundChangeTable
          change={roundChange.data.change}
          previousRound={roundChange.data.previousRound}
          currentRound={roundChange.data.currentRound}
          labels={Object.fromEntries(DIMENSION_IDS.map((d) => [d, ti(`sections.${d}.title`)]))}
        />
      )}

      {isUnderReview && (
        <section aria-labelledby="decision-heading" className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-3">
            <h2 id="decision-heading" className="text-xl font-semibold">{t("decision")}</h2>
            <ReviewDecision assessmentId={assessment.id} isOptedOut={agency.liveCohortOptOut} />
          </div>
          <div className="space-y-3">
            <h2 className="text-xl font-semibold">{t("addCommentTitle")}</h2>
            <p className="text-sm text-slate-600">{t("addCommentHint")}</p>
            <ReviewCommentForm assessmentId={assessment.id} targets={targets} />
          </div>
        </section>
      )}

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">{t("history")}</h2>
        <StatusHistory events={events} />
      </section>

      <section aria-labelledby="answers-heading" className="space-y-3">
        <h2 id="answers-heading" className="text-xl font-semibold">{t("answers")}</h2>
        <ReviewCommentList comments={generalComments} label={t("commentsOnAssessment")} />
        <ReviewAnswers answers={assessment.answers} sectionComments={assessment.comments} reviewComments={comments} />
      </section>
    </div>
  );
}
