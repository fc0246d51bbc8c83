import { Text, View } from "@react-pdf/renderer";
import { countryName } from "@/lib/i18n/country-codes";
import type { ReportContext } from "./context";
import { textDirection } from "./free-text";
import { ReportPage } from "./report-page";
import { COLORS, styles } from "./styles";

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View style={[styles.row, { marginBottom: 3 }]}>
      <Text style={[styles.muted, { width: 190 }]}>{label}</Text>
      <Text style={{ flex: 1 }}>{value}</Text>
    </View>
  );
}

/** Cover: agency, country, round, dates and the versions the figures were computed with. */
export function CoverPage({ ctx }: { ctx: ReportContext }) {
  const { data, t, f } = ctx;
  const { scores } = data.snapshot;
  return (
    <ReportPage ctx={ctx}>
      <View style={{ marginTop: 110 }}>
        <Text style={[styles.small, { fontSize: 10, marginBottom: 6 }]}>{t("common.appName")}</Text>
        <Text style={{ fontSize: 24, lineHeight: 1.25, fontWeight: 700, color: COLORS.accent, marginBottom: 8 }}>{t("report.title")}</Text>
        <Text style={[styles.muted, { fontSize: 11, lineHeight: 1.35, marginBottom: 40 }]}>{t("report.subtitle")}</Text>
        {/* Its own paragraph: ordered in its own direction (an Arabic name reads right to left), aligned with the page. */}
        <Text style={{ ...ctx.agencyFont, direction: textDirection(data.agency.name), textAlign: "left", fontSize: 22, lineHeight: 1.3, fontWeight: 700, marginBottom: 6 }}>{data.agency.name}</Text>
        <Text style={{ fontSize: 14, lineHeight: 1.3, marginBottom: 30 }}>{t("report.cover.round", { round: data.assessment.round })}</Text>
        <Field label={t("report.cover.country")} value={countryName(data.agency.countryCode.toUpperCase(), data.locale)} />
        <Field label={t("report.cover.region")} value={t(`common.regions.${data.agency.region}`)} />
        <Field label={t("report.cover.status")} value={t(`common.statuses.${data.assessment.status}`)} />
        {data.assessment.submittedAt ? <Field label={t("report.cover.submittedOn")} value={f.date(data.assessment.submittedAt)} /> : null}
        {/* The snapshot's date, not the download's: a stored PDF is the same document whenever it is served. */}
        <Field label={t("report.cover.scoredOn")} value={f.date(data.snapshot.createdAt)} />
        <Text style={[styles.h3, { marginTop: 20 }]}>{t("report.cover.versions")}</Text>
        <Field label={t("report.cover.instrumentVersion")} value={scores.instrumentVersion} />
        <Field label={t("report.cover.scoringModelVersion")} value={scores.scoringModelVersion} />
        {scores.comparisons.map((comparison) => (
          <Text key={comparison.cohort.datasetId} style={{ marginBottom: 2 }}>
            {t("report.cover.datasetVersion", { dataset: comparison.cohort.name[data.locale], version: comparison.cohort.datasetVersion })}
          </Text>
        ))}
        <Text style={[styles.small, { marginTop: 16 }]}>{t("report.cover.snapshotNote", { date: f.date(data.snapshot.createdAt) })}</Text>
      </View>
    </ReportPage>
  );
}
