import { Text, View } from "@react-pdf/renderer";
import type { ReportContext } from "./context";
import { styles } from "./styles";

/** Running footer on every page: agency, round, versions, and the page number. */
export function PageFooter({ ctx }: { ctx: ReportContext }) {
  const { data, t } = ctx;
  const { scores } = data.snapshot;
  const datasets = Object.entries(scores.datasetVersions)
    .map(([id, version]) => `${id} ${version}`)
    .join(", ");
  return (
    <View style={styles.footer} fixed>
      <Text style={[styles.footerText, ctx.agencyFont]}>
        {t("report.footer", {
          agency: `\u2068${data.agency.name}\u2069`,
          round: data.assessment.round,
          instrument: scores.instrumentVersion,
          model: scores.scoringModelVersion,
          datasets,
        })}
      </Text>
      <Text style={styles.pageNumber} render={({ pageNumber, totalPages }) => t("report.pageNumber", { page: pageNumber, total: totalPages })} />
    </View>
  );
}
