import { Text, View } from "@react-pdf/renderer";
import { INDEX_IDS } from "@/lib/scoring/indices";
import type { DimensionScore } from "@/lib/scoring/types";
import type { ReportContext } from "./context";
import { DimensionChart } from "./dimension-chart";
import { ReportPage } from "./report-page";
import { RoundChangeTable } from "./round-change-table";
import { strengthsAndGaps } from "./strengths-gaps";
import { FramingNotes } from "./framing-notes";
import { styles } from "./styles";

function DimensionList({ ctx, title, dimensions }: { ctx: ReportContext; title: string; dimensions: DimensionScore[] }) {
  const { t, f } = ctx;
  return (
    <View style={{ flex: 1, paddingRight: 8 }}>
      <Text style={styles.h3}>{title}</Text>
      {dimensions.length === 0 ? <Text style={styles.muted}>{t("report.summary.noneScored")}</Text> : null}
      {dimensions.map((d) => (
        <Text key={d.dimension}>
          {t("report.summary.strengthLine", {
            dimension: t(`instrument.sections.${d.dimension}.title`),
            score: f.score(d.score ?? 0),
            stage: d.stage ? t(`report.stages.${d.stage}`) : "",
          })}
        </Text>
      ))}
    </View>
  );
}

/** One page: the two indices, the dimension chart against the LAC levels, strengths and gaps. */
export function SummaryPage({ ctx }: { ctx: ReportContext }) {
  const { data, t, f } = ctx;
  const { scores } = data.snapshot;
  const { strengths, gaps } = strengthsAndGaps(scores);
  return (
    <ReportPage ctx={ctx}>
      <Text style={styles.h1}>{t("report.headings.summary")}</Text>
      <Text style={styles.paragraph}>{t("report.summary.indicesIntro")}</Text>
      <FramingNotes ctx={ctx} />
      <View style={[styles.row, { marginBottom: 6 }]}>
        {INDEX_IDS.map((id) => {
          const index = scores.indices[id];
          return (
            <View key={id} style={[styles.band, { flex: 1, marginRight: id === "digital_maturity" ? 8 : 0 }]}>
              <Text style={styles.bold}>{t(`report.indices.${id}`)}</Text>
              {index.value === null ? (
                <Text>{t("report.summary.notComputed", { required: index.dimensionsRequired, scored: index.dimensionsScored })}</Text>
              ) : (
                <>
                  <Text style={{ fontSize: 20, lineHeight: 1.3, fontWeight: 700 }}>{t("report.summary.indexValue", { value: f.score(index.value) })}</Text>
                  <Text>{t("report.summary.stageLabel", { stage: index.stage ? t(`report.stages.${index.stage}`) : "" })}</Text>
                </>
              )}
              <Text style={styles.small}>
                {t("report.summary.dimensionsScored", { scored: index.dimensionsScored, total: index.dimensions.length })}
              </Text>
            </View>
          );
        })}
      </View>
      <Text style={styles.h2}>{t("report.summary.chartTitle")}</Text>
      <DimensionChart ctx={ctx} />
      <View style={[styles.row, { marginTop: 8 }]} wrap={false}>
        <DimensionList ctx={ctx} title={t("report.summary.strengths")} dimensions={strengths} />
        <DimensionList ctx={ctx} title={t("report.summary.gaps")} dimensions={gaps} />
      </View>
      {data.previousRound ? <RoundChangeTable ctx={ctx} previous={data.previousRound} /> : null}
    </ReportPage>
  );
}
