import { Text, View } from "@react-pdf/renderer";
import type { CohortRef } from "@/lib/scoring/types";
import { sourceLine } from "@/lib/benchmarks/citations";
import { nNoteText, unavailableText } from "@/lib/benchmarks/statement-text";
import { citeOf } from "./cite";
import type { ReportContext } from "./context";
import { ReportPage } from "./report-page";
import { styles } from "./styles";

export function cohortLine(ctx: ReportContext, cohort: CohortRef): string {
  const name = cohort.name[ctx.data.locale];
  if (cohort.n !== null) return ctx.t("report.howToRead.cohortLine", { name, n: cohort.n, year: cohort.surveyYear });
  const note = nNoteText(cohort, ctx.data.locale);
  return note
    ? ctx.t("report.howToRead.cohortLineNoN", { name, note, year: cohort.surveyYear })
    : ctx.t("report.howToRead.cohortLineNoNote", { name, year: cohort.surveyYear });
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
      {data.snapshot.scores.comparisons.map((comparison) => {
        const gap = unavailableText(comparison, data.locale);
        return (
          <View key={comparison.cohort.datasetId} style={{ marginBottom: 6 }} wrap={false}>
            <Text style={styles.bold}>{cohortLine(ctx, comparison.cohort)}</Text>
            <Text style={styles.small}>{sourceLine({ cohort: comparison.cohort }, citeOf(ctx))}</Text>
            {gap ? <Text style={styles.small}>{gap}</Text> : null}
          </View>
        );
      })}
      <Text style={styles.h2}>{t("report.howToRead.indicativeTitle")}</Text>
      <Text style={styles.paragraph}>{t("report.howToRead.indicative")}</Text>
      <Text style={styles.h2}>{t("report.howToRead.noReferenceTitle")}</Text>
      <Text style={styles.paragraph}>{t("report.howToRead.noReference")}</Text>
    </ReportPage>
  );
}
