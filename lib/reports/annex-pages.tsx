import { Text, View } from "@react-pdf/renderer";
import { sections } from "@/lib/questionnaire/lookup";
import type { Item } from "@/lib/questionnaire/types";
import { freeTextStyle } from "./fonts";
import { printableText } from "./free-text";
import { answerText, itemLabelKey } from "@/lib/questionnaire/answer-text";
import { cohortCitationText } from "@/lib/benchmarks/citations";
import { citeOf } from "./cite";
import type { ReportContext } from "./context";
import { cohortLine } from "./how-to-read-page";
import { ReportPage } from "./report-page";
import { styles } from "./styles";

function AnswerRow({ ctx, item }: { ctx: ReportContext; item: Item }) {
  const typed = answerText(ctx.t, item, ctx.data.answers[item.id]);
  const answer = typed === null ? null : printableText(typed);
  return (
    <View style={[styles.row, { marginBottom: 2 }]} wrap={false}>
      <Text style={{ flex: 3, paddingRight: 8 }}>{ctx.t(itemLabelKey(item.id))}</Text>
      <Text style={[{ flex: 2 }, answer === null ? styles.muted : freeTextStyle(answer)]}>{answer ?? ctx.t("report.annex.noAnswer")}</Text>
    </View>
  );
}

/** Annex: every answer in questionnaire order with the section comments; then the method; then the sources. */
export function AnnexPages({ ctx }: { ctx: ReportContext }) {
  const { t, data } = ctx;
  const { scores } = data.snapshot;
  return (
    <>
      <ReportPage ctx={ctx}>
        <Text style={styles.h1}>{t("report.headings.annex")}</Text>
        <Text style={styles.paragraph}>{t("report.annex.intro")}</Text>
        {sections.map((section) => {
          const typed = data.comments[section.id];
          const comment = typed ? printableText(typed) : typed;
          return (
            <View key={section.id}>
              <Text style={styles.h3}>{t(`instrument.sections.${section.id}.title`)}</Text>
              {section.items.map((item) => (
                <AnswerRow key={item.id} ctx={ctx} item={item} />
              ))}
              {comment ? <Text style={[styles.paragraph, styles.muted, freeTextStyle(comment)]}>{t("report.annex.comment", { comment })}</Text> : null}
            </View>
          );
        })}
      </ReportPage>
      <ReportPage ctx={ctx}>
        <Text style={styles.h1}>{t("report.headings.methodology")}</Text>
        <Text style={styles.paragraph}>{t("report.annex.methodologyIntro", { version: scores.scoringModelVersion })}</Text>
        <Text style={styles.paragraph}>{t("report.howToRead.method")}</Text>
        <Text style={styles.paragraph}>{t("report.howToRead.dimension")}</Text>
        <Text style={styles.paragraph}>{t("report.howToRead.stages")}</Text>
        <Text style={styles.paragraph}>{t("report.annex.methodIndices")}</Text>
        <Text style={styles.paragraph}>{t("report.howToRead.indicative")}</Text>
        <Text style={styles.paragraph}>{t("report.annex.methodCompare")}</Text>
        <Text style={styles.paragraph}>{t("report.annex.methodRecommendations")}</Text>
        <Text style={styles.paragraph}>{t("report.annex.methodVersions")}</Text>
        <Text style={[styles.h1, { marginTop: 16 }]}>{t("report.headings.sources")}</Text>
        <Text style={styles.paragraph}>{t("report.annex.sourcesIntro")}</Text>
        {[...scores.comparisons, ...data.liveComparisons].map((comparison) => (
          <View key={comparison.cohort.datasetId} style={{ marginBottom: 6 }} wrap={false}>
            <Text>
              {t("report.annex.datasetSource", {
                name: comparison.cohort.name[data.locale],
                version: comparison.cohort.datasetVersion,
                source: cohortCitationText(comparison.cohort, citeOf(ctx)),
              })}
            </Text>
            <Text style={styles.small}>{cohortLine(ctx, comparison.cohort)}</Text>
          </View>
        ))}
        <Text style={styles.paragraph}>{t("recommendations.source")}</Text>
      </ReportPage>
    </>
  );
}
