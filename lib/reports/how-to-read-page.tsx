import { Text, View } from "@react-pdf/renderer";
import type { CohortRef } from "@/lib/scoring/types";
import type { ReportContext } from "./context";
import { ReportPage } from "./report-page";
import { styles } from "./styles";

export function cohortLine(ctx: ReportContext, cohort: CohortRef): string {
  const name = cohort.name[ctx.data.locale];
  return cohort.n === null
    ? ctx.t("report.howToRead.cohortLineNoN", { name, note: cohort.nNote ?? "", year: cohort.surveyYear })
    : ctx.t("report.howToRead.cohortLine", { name, n: cohort.n, year: cohort.surveyYear });
}

/** The method in plain words, each cohort's n, year and source, what is indicative, and absent figures. */
export function HowToReadPage({ ctx }: { ctx: ReportContext }) {
  const { t, data } = ctx;
  return (
    <ReportPage ctx={ctx}>
      <Text style={styles.h1}>{t("report.headings.howToRead")}</Text>
      <Text style={styles.paragraph}>{t("report.howToRead.method")}</Text>
      <Text style={styles.paragraph}>{t("report.howToRead.dimension")}</Text>
      <Text style={styles.paragraph}>{t("report.howToRead.stages")}</Text>
      <Text style={styles.h2}>{t("report.howToRead.cohortsTitle")}</Text>
      {data.snapshot.scores.comparisons.map((comparison) => (
        <View key={comparison.cohort.datasetId} style={{ marginBottom: 6 }} wrap={false}>
          <Text style={styles.bold}>{cohortLine(ctx, comparison.cohort)}</Text>
          <Text style={styles.small}>{t("report.howToRead.sourceLine", { source: comparison.cohort.source })}</Text>
          {comparison.unavailable ? <Text style={styles.small}>{t("report.howToRead.unavailable", { text: comparison.unavailable })}</Text> : null}
        </View>
      ))}
      <Text style={styles.h2}>{t("report.howToRead.indicativeTitle")}</Text>
      <Text style={styles.paragraph}>{t("report.howToRead.indicative")}</Text>
      <Text style={styles.h2}>{t("report.howToRead.noReferenceTitle")}</Text>
      <Text style={styles.paragraph}>{t("report.howToRead.noReference")}</Text>
    </ReportPage>
  );
}
