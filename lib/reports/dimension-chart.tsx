import { G, Line, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { buildDimensionChart } from "@/lib/charts/dimension-chart";
import { BODY_FONT } from "./fonts";
import type { ReportContext } from "./context";
import { COLORS, styles } from "./styles";

/** Width of the page's text block (A4 595 pt less 2 × 48 pt margins). */
const CHART_WIDTH = 499;
/** SVG text has no baseline alignment in react-pdf: labels are lowered by about a third of the font size. */
const BASELINE_SHIFT = 2.4;
const LABEL_SIZE = 7;

/** The dimension chart, drawn from the same geometry as the results page (lib/charts). */
export function DimensionChart({ ctx }: { ctx: ReportContext }) {
  const { t } = ctx;
  const chart = buildDimensionChart(ctx.data.snapshot.scores, { format: ctx.f, width: CHART_WIDTH });
  const { plot } = chart;
  const cohortName = chart.reference ? chart.reference.cohort.name[ctx.data.locale] : null;
  const text = { fontFamily: BODY_FONT, fontSize: LABEL_SIZE };
  return (
    <View wrap={false}>
      <Svg width={chart.width} height={chart.height} viewBox={`0 0 ${chart.width} ${chart.height}`}>
        {chart.cutOffs.map((tick) => (
          <Line key={`cut-${tick.value}`} x1={tick.x} y1={plot.y} x2={tick.x} y2={plot.y + plot.height} stroke={COLORS.rule} strokeWidth={0.5} />
        ))}
        <Line x1={plot.x} y1={plot.y + plot.height} x2={plot.x + plot.width} y2={plot.y + plot.height} stroke={COLORS.text} strokeWidth={0.7} />
        {chart.ticks.map((tick) => (
          <Text key={`tick-${tick.value}`} x={tick.x} y={plot.y + plot.height + 10} textAnchor="middle" style={text} fill={COLORS.muted}>
            {tick.label}
          </Text>
        ))}
        <Text x={plot.x + plot.width / 2} y={plot.y + plot.height + 22} textAnchor="middle" style={text} fill={COLORS.muted}>
          {t(chart.axisLabelKey)}
        </Text>
        {chart.rows.map((row) => (
          <G key={row.dimension}>
            <Text x={row.labelX} y={row.labelY + BASELINE_SHIFT} textAnchor="end" style={text} fill={COLORS.text}>
              {t(row.labelKey)}
            </Text>
            {row.bar ? (
              <G>
                <Rect x={row.bar.x} y={row.bar.y} width={row.bar.width} height={row.bar.height} fill={COLORS.bar} />
                <Text x={row.bar.labelX} y={row.bar.labelY + BASELINE_SHIFT} style={{ ...text, fontWeight: 700 }} fill={COLORS.text}>
                  {row.bar.valueLabel}
                </Text>
              </G>
            ) : null}
            {row.insufficient ? (
              <Text x={row.insufficient.x} y={row.insufficient.y + BASELINE_SHIFT} style={text} fill={COLORS.muted}>
                {t(row.insufficient.labelKey)}
              </Text>
            ) : null}
            {row.reference ? (
              <G>
                <Line x1={row.reference.x} y1={row.reference.y1} x2={row.reference.x} y2={row.reference.y2} stroke={COLORS.marker} strokeWidth={2} />
                <Text x={row.reference.labelX} y={row.reference.labelY + BASELINE_SHIFT} style={text} fill={COLORS.marker}>
                  {row.reference.valueLabel}
                </Text>
              </G>
            ) : null}
            {row.noReference ? (
              <Text x={row.noReference.x} y={row.noReference.y + BASELINE_SHIFT} style={text} fill={COLORS.muted}>
                {t(row.noReference.labelKey)}
              </Text>
            ) : null}
          </G>
        ))}
      </Svg>
      <View style={[styles.row, { marginTop: 4, alignItems: "center" }]}>
        <View style={{ width: 10, height: 6, backgroundColor: COLORS.bar, marginRight: 4 }} />
        <Text style={[styles.small, { marginRight: 12 }]}>{t("benchmarks.chart.agency")}</Text>
        {chart.reference && cohortName ? (
          <>
            <View style={{ width: 2, height: 8, backgroundColor: COLORS.marker, marginRight: 4 }} />
            <Text style={[styles.small, { flex: 1 }]}>{t(chart.reference.labelKey, { cohort: cohortName })}</Text>
          </>
        ) : null}
      </View>
      {chart.reference ? <Text style={[styles.small, { marginTop: 2 }]}>{t(chart.reference.noteKey)}</Text> : null}
    </View>
  );
}
