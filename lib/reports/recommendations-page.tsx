import { Text, View } from "@react-pdf/renderer";
import { RECOMMENDATIONS, recommendationsFor } from "@/lib/scoring/recommendations";
import type { ReportContext } from "./context";
import { ReportPage } from "./report-page";
import { COLORS, styles } from "./styles";

const CONCLUSION_BY_ID = new Map<string, number>(RECOMMENDATIONS.map((r) => [r.id, r.conclusion]));

/** For each scored dimension below Advanced: the next stage, and the study's recommendations that address it. */
export function RecommendationsPage({ ctx }: { ctx: ReportContext }) {
  const { t } = ctx;
  const list = recommendationsFor(ctx.data.snapshot.scores);
  return (
    <ReportPage ctx={ctx}>
      <Text style={styles.h1}>{t("report.headings.recommendations")}</Text>
      <Text style={styles.paragraph}>{t("recommendations.intro")}</Text>
      {list.length === 0 ? <Text style={styles.paragraph}>{t("recommendations.none")}</Text> : null}
      {list.map((entry) => (
        <View key={entry.dimension} style={{ marginBottom: 8 }} wrap={false}>
          <Text style={styles.h3}>
            {t("report.recommendations.dimensionLine", {
              dimension: t(`instrument.sections.${entry.dimension}.title`),
              stage: t(`report.stages.${entry.stage}`),
              nextStage: t(`report.stages.${entry.nextStage}`),
            })}
          </Text>
          <Text style={styles.muted}>{t("recommendations.nextStageHeading")}</Text>
          <Text style={styles.paragraph}>{t(`recommendations.${entry.nextStageKey}`)}</Text>
          {entry.recommendationIds.map((id) => {
            const isYouth = (entry.youthRecommendationIds as readonly string[]).includes(id);
            return (
              <View key={id} style={[styles.item, isYouth ? { borderLeftColor: COLORS.marker } : {}]}>
                <Text style={styles.bold}>
                  {isYouth ? `[${t("report.recommendations.youthFlag")}] ` : ""}
                  {t(`recommendations.items.${id}.title`)}
                  <Text style={styles.muted}>{` · ${t("recommendations.conclusionLabel", { number: CONCLUSION_BY_ID.get(id) ?? 0 })}`}</Text>
                </Text>
                <Text>{t(`recommendations.items.${id}.body`)}</Text>
              </View>
            );
          })}
        </View>
      ))}
      <Text style={styles.small}>{t("recommendations.insufficientNote")}</Text>
      <Text style={styles.small}>{t("recommendations.source")}</Text>
    </ReportPage>
  );
}
