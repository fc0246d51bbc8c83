import { Text, View } from "@react-pdf/renderer";
import { DIMENSION_IDS } from "@/lib/questionnaire/lookup";
import { INDEX_IDS } from "@/lib/scoring/indices";
import type { RoundChange, ScoreChange } from "@/lib/scoring/round-change";
import type { ReportContext } from "./context";
import { styles } from "./styles";

/** The change per index and dimension since the previous round, both read from stored snapshots. */
export function RoundChangeTable({ ctx, previous }: { ctx: ReportContext; previous: { round: number; change: RoundChange } }) {
  const { t, f, data } = ctx;
  const cell = (value: number | null) => (value === null ? t("common.notAvailable") : f.score(value));
  const row = (key: string, label: string, change: ScoreChange) => (
    <View key={key} style={styles.tableRow}>
      <Text style={{ flex: 3 }}>{label}</Text>
      <Text style={{ flex: 1, textAlign: "right" }}>{cell(change.previous)}</Text>
      <Text style={{ flex: 1, textAlign: "right" }}>{cell(change.current)}</Text>
      <Text style={{ flex: 1, textAlign: "right" }}>{change.change === null ? t("report.summary.changeNotComparable") : f.gap(change.change)}</Text>
    </View>
  );
  return (
    <View wrap={false}>
      <Text style={styles.h2}>{t("report.summary.changeTitle", { round: previous.round })}</Text>
      <View style={styles.tableHead}>
        <Text style={{ flex: 3 }} />
        <Text style={{ flex: 1, textAlign: "right" }}>{t("report.summary.changeColumnPrevious", { round: previous.round })}</Text>
        <Text style={{ flex: 1, textAlign: "right" }}>{t("report.summary.changeColumnCurrent", { round: data.assessment.round })}</Text>
        <Text style={{ flex: 1, textAlign: "right" }}>{t("report.summary.changeColumnChange")}</Text>
      </View>
      {INDEX_IDS.map((id) => row(id, t(`report.indices.${id}`), previous.change.indices[id]))}
      {DIMENSION_IDS.map((id) => row(id, t(`instrument.sections.${id}.title`), previous.change.dimensions[id]))}
      {previous.change.isModelChanged ? <Text style={styles.small}>{t("report.summary.modelChanged")}</Text> : null}
    </View>
  );
}
