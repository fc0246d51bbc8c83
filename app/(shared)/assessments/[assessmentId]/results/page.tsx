import Link from "next/link";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { BARRIER_ITEMS, BUDGET_ITEMS, ContextComparisons } from "@/components/results/context-comparisons";
import { DimensionChartView } from "@/components/results/dimension-chart";
import { DimensionDetails } from "@/components/results/dimension-details";
import { DimensionOverview } from "@/components/results/dimension-overview";
import { FramingNotes } from "@/components/results/framing-notes";
import { IndexSummary } from "@/components/results/index-summary";
import { LiveCohortOptOut } from "@/components/results/live-cohort-opt-out";
import { RecommendationsList } from "@/components/results/recommendations-list";
import { RoundChangeTable } from "@/components/results/round-change-table";
import { TrendChart } from "@/components/results/trend-chart";
import { VersionsList } from "@/components/results/versions-list";
import { DownloadReportLinks } from "@/components/reports/download-report-links";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { buildDimensionChart } from "@/lib/charts/dimension-chart";
import { getAgencyCohortSetting } from "@/lib/data/agencies";
import { getAssessment } from "@/lib/data/assessments";
import { getLiveCohorts } from "@/lib/data/live-cohorts";
import { getLiveItemDatasets } from "@/lib/data/live-items/live-item-cohorts";
import type { Locale } from "@/lib/i18n/locales";
import { getAgencyTrend } from "@/lib/data/rounds/get-agency-trend";
import { getRoundChange } from "@/lib/data/rounds/get-round-change";
import { getCurrentSnapshot } from "@/lib/data/snapshots";
import { getFormat } from "@/lib/format/get-format";
import { pageData } from "@/lib/http/page-data";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { INDEX_IDS } from "@/lib/scoring/indices";
import { compareWithLiveDatasets } from "@/lib/scoring/live-items";
import { requireUser } from "@/lib/session/guards";

type Props = { params: Promise<{ assessmentId: string }> };

/** Its agency's users, coordinators and admins; else 404 or 403. Shared by the title and the page (one read). */
const loadResults = cache(async (assessmentId: string) => {
  const user = await requireUser();
  return { user, detail: pageData(await getAssessment(user, assessmentId)) };
});

export async function generateMetadata({ params }: Props) {
  await loadResults((await params).assessmentId);
  const t = await getTranslations("results");
  return { title: t("title") };
}

/**
 * The results of a submitted assessment, rendered only from its stored snapshot (never recomputed).
 * Its agency's users, coordinators and admins may open it: access is checked here, not by the route group.
 */
export default async function ResultsPage({ params }: Props) {
  const { assessmentId } = await params;
  const { user, detail } = await loadResults(assessmentId);
  const [t, tCommon, format] = await Promise.all([getTranslations("results"), getTranslations("common"), getFormat()]);
  const backHref = user.role === "RESPONDENT" ? `/assessments/${assessmentId}` : "/coordinator";
  const snapshot = detail.status === "DRAFT" ? null : await getCurrentSnapshot(assessmentId);

  const heading = (
    <header className="space-y-1">
      <p className="text-sm text-slate-600">{t("eyebrow", { agency: detail.agencyName, round: detail.round })}</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
    </header>
  );
  if (!snapshot) {
    return (
      <div className="space-y-4">
        {heading}
        <Alert tone="info">{t("draft.body")}</Alert>
        <Link href={backHref} className={buttonClasses("secondary")}>
          {t("draft.back")}
        </Link>
      </div>
    );
  }

  const { scores } = snapshot;
  const locale = (await getLocale()) as Locale;
  const [live, liveItems, setting, roundChange, tInstrument, trend, tTrend] = await Promise.all([
    getLiveCohorts(user, assessmentId),
    getLiveItemDatasets(user, assessmentId, locale),
    getAgencyCohortSetting(user, detail.agencyId),
    getRoundChange(user, assessmentId),
    getTranslations("instrument"),
    getAgencyTrend(user, assessmentId),
    getTranslations("study.trend"),
  ]);
  const liveComparisons = liveItems.ok ? compareWithLiveDatasets([liveItems.data.regional, liveItems.data.overall], detail.answers, scores.dimensions) : [];
  const chart = buildDimensionChart(scores, { format: await getFormat(), width: 820, labelWidth: 330 });
  const stageOf = Object.fromEntries(Object.values(scores.dimensions).map((d) => [d.dimension, d.stage]));
  const canOptOut = user.role === "RESPONDENT" && user.agencyId === detail.agencyId && setting !== null;

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        {heading}
        <p className="text-sm text-slate-700">
          {t("status", { status: tCommon(`statuses.${detail.status}`) })}
          {detail.submittedAt && ` · ${t("submittedAt", { date: format.date(detail.submittedAt) })}`}
        </p>
        {detail.status === "RETURNED" && <Alert tone="warning">{t("returnedNote")}</Alert>}
        <p className="text-sm">{t("intro")}</p>
        <FramingNotes scores={scores} region={detail.agencyRegion} />
        <nav className="flex flex-wrap gap-3 text-sm" aria-label={t("linksLabel")}>
          <Link href="/methodology" className={buttonClasses("secondary")}>{t("methodologyLink")}</Link>
          <Link href={backHref} className={buttonClasses("ghost")}>{t("back")}</Link>
        </nav>
        <DownloadReportLinks assessmentId={assessmentId} />
      </div>

      <section aria-labelledby="indices-heading" className="space-y-3">
        <h2 id="indices-heading" className="text-xl font-semibold">{t("indices.heading")}</h2>
        <IndexSummary indices={INDEX_IDS.map((id) => scores.indices[id])} />
      </section>

      {roundChange.ok && roundChange.data && (
        <RoundChangeTable
          change={roundChange.data.change}
          previousRound={roundChange.data.previousRound}
          currentRound={roundChange.data.currentRound}
          labels={Object.fromEntries(DIMENSION_IDS.map((d) => [d, tInstrument(`sections.${d}.title`)]))}
        />
      )}

      {trend.ok && trend.data.length >= 2 && (
        <section aria-labelledby="trend-heading" className="space-y-3">
          <h2 id="trend-heading" className="text-xl font-semibold">{tTrend("heading")}</h2>
          <TrendChart points={trend.data} currentAssessmentId={assessmentId} />
        </section>
      )}

      <section aria-labelledby="chart-heading" className="space-y-3">
        <h2 id="chart-heading" className="text-xl font-semibold">{t("chart.heading")}</h2>
        <DimensionChartView chart={chart} stageOf={stageOf} />
      </section>

      <section aria-labelledby="overview-heading" className="space-y-3">
        <h2 id="overview-heading" className="text-xl font-semibold">{t("overview.heading")}</h2>
        <DimensionOverview scores={scores} live={live.ok ? live.data : null} />
        {canOptOut && (
          <LiveCohortOptOut
            optedOut={setting.liveCohortOptOut}
            labels={{ optedIn: t("live.optedIn"), optedOut: t("live.optedOut"), optOut: t("live.optOut"), optIn: t("live.optIn"), error: t("live.error") }}
          />
        )}
      </section>

      <section aria-labelledby="barriers-heading" className="space-y-3">
        <h2 id="barriers-heading" className="text-xl font-semibold">{t("barriers.heading")}</h2>
        <ContextComparisons scores={scores} itemIds={BARRIER_ITEMS} testId="barriers" />
      </section>

      <section aria-labelledby="budgets-heading" className="space-y-3">
        <h2 id="budgets-heading" className="text-xl font-semibold">{t("budgets.heading")}</h2>
        <ContextComparisons scores={scores} itemIds={BUDGET_ITEMS} testId="budgets" />
      </section>

      <section aria-labelledby="recommendations-heading" className="space-y-3">
        <h2 id="recommendations-heading" className="text-xl font-semibold">{t("recommendationsHeading")}</h2>
        <RecommendationsList scores={scores} />
      </section>

      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-xl font-semibold">{t("details.heading")}</h2>
        {Object.values(scores.dimensions).map((dimension) => (
          <DimensionDetails key={dimension.dimension} scores={scores} dimension={dimension.dimension} answers={detail.answers} live={liveComparisons} />
        ))}
      </section>

      <section aria-labelledby="versions-heading" className="space-y-3">
        <h2 id="versions-heading" className="text-xl font-semibold">{t("versions.heading")}</h2>
        <VersionsList snapshot={snapshot} />
      </section>
    </div>
  );
}
