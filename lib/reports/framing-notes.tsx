import { Text } from "@react-pdf/renderer";
import { isOutsideStudiedRegions, unscoredSentence } from "@/lib/benchmarks/framing";
import type { ReportContext } from "./context";
import { styles } from "./styles";

/**
 * On the summary page, as on the results page: why a dimension is not scored, and what the comparison
 * means for an agency outside the studied regions.
 */
export function FramingNotes({ ctx }: { ctx: ReportContext }) {
  const { t, data } = ctx;
  const { scores } = data.snapshot;
  const unscored = unscoredSentence(
    scores.dimensions,
    t,
    (d) => t(`instrument.sections.${d}.title`),
    data.locale,
    t("benchmarks.chart.insufficient"),
  );
  const outside = isOutsideStudiedRegions(data.agency.region, scores.comparisons.map((c) => c.cohort.region));
  return (
    <>
      {unscored ? <Text style={styles.paragraph}>{unscored}</Text> : null}
      {outside ? (
        <Text style={styles.paragraph}>{t("benchmarks.framing.outsideRegion", { region: t(`common.regions.${data.agency.region}`) })}</Text>
      ) : null}
    </>
  );
}
