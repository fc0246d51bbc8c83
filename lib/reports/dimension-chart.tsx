import { Line, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { buildDimensionChart, type ChartRow } from "@/lib/charts/dimension-chart";
import { BODY_FONT } from "./fonts";
import type { ReportContext } from "./context";
import { COLORS, styles } from "./styles";

/**
 * Column widths of the chart in points; together the page's text block (A4 595 pt less 2 × 48 pt margins).
 * Dimension names and the right-hand column are react-pdf Text in their own columns, so a long French or
 * Spanish name wraps onto a second line instead of running off the page; only the bar track is drawn as
 * SVG, and no text is ever drawn over it (the LAC marker cannot overlap "insufficient answers").
 */
const LABEL_WIDTH = 162;
const SCORE_WIDTH = 24;
const RIGHT_WIDTH = 104;
const GAP = 6;
const TRACK_WIDTH = 499 - LABEL_WIDTH - SCORE_WIDTH - RIGHT_WIDTH - 3 * GAP;
/** Room on both sides of the track so the axis labels "0" and "100" are centred on their ticks. */
const PAD = 8;
const TRACK_HEIGHT = 16;
const LABEL_SIZE = 7.5;

/** Font size and line height together: a unitless line height is resolved against the Text's own size. */
const CELL = { fontSize: LABEL_SIZE, lineHeight: 1.25 } as const;

const xOf = (fraction: number) => PAD + fraction * (TRACK_WIDTH - 2 * PAD);

function Track({ row, cutOffs }: { row: ChartRow; cutOffs: number[] }) {
  return (
    <Svg width={TRACK_WIDTH} height={TRACK_HEIGHT} viewBox={`0 0 ${TRACK_WIDTH} ${TRACK_HEIGHT}`}>
      {cutOffs.map((fraction) => (
        <Line key={fraction} x1={xOf(fraction)} y1={0} x2={xOf(fraction)} y2={TRACK_HEIGHT} stroke={COLORS.rule} strokeWidth={0.5} />
      ))}
      <Line x1={xOf(0)} y1={0} x2={xOf(0)} y2={TRACK_HEIGHT} stroke={COLORS.text} strokeWidth={0.7} />
      {row.bar ? <Rect x={xOf(0)} y={3} width={row.bar.fraction * (TRACK_WIDTH - 2 * PAD)} height={TRACK_HEIGHT - 6} fill={COLORS.bar} /> : null}
      {row.reference ? (
        <Line x1={xOf(row.reference.fraction)} y1={0} x2={xOf(row.reference.fraction)} y2={TRACK_HEIGHT} stroke={COLORS.marker} strokeWidth={2} />
      ) : null}
    </Svg>
  );
}

function ChartRowView({ ctx, row, cutOffs }: { ctx: ReportContext; row: ChartRow; cutOffs: number[] }) {
  const { t } = ctx;
  return (
    <View style={{ flexDirection: "row", alignItems: "center", marginBottom: 3 }} wrap={false}>
      <View style={{ width: LABEL_WIDTH, marginRight: GAP }}>
        <Text style={{ ...CELL, textAlign: "right" }}>{t(row.labelKey)}</Text>
        {row.insufficient ? <Text style={{ ...CELL, textAlign: "right", color: COLORS.muted }}>{t(row.insufficient.labelKey)}</Text> : null}
      </View>
      <Text style={{ ...CELL, width: SCORE_WIDTH, marginRight: GAP, textAlign: "right", fontWeight: 700 }}>{row.bar ? row.bar.valueLabel : "—"}</Text>
      <Track row={row} cutOffs={cutOffs} />
      <View style={{ width: RIGHT_WIDTH, marginLeft: GAP }}>
        {row.reference ? <Text style={{ ...CELL, color: COLORS.marker }}>{row.reference.valueLabel}</Text> : null}
        {row.noReference ? <Text style={{ ...CELL, color: COLORS.muted }}>{t(row.noReference.labelKey)}</Text> : null}
      </View>
    </View>
  );
}

/** The dimension chart, drawn from the same geometry as the results page (lib/charts), row by row. */
export function DimensionChart({ ctx }: { ctx: ReportContext }) {
  const { t } = ctx;
  const chart = buildDimensionChart(ctx.data.snapshot.scores, { format: ctx.f });
  const cohortName = chart.reference ? chart.reference.cohort.name[ctx.data.locale] : null;
  const cutOffs = chart.cutOffs.map((cut) => cut.fraction);
  const axisOffset = LABEL_WIDTH + SCORE_WIDTH + 2 * GAP;
  return (
    <View wrap={false}>
      {chart.rows.map((row) => (
        <ChartRowView key={row.dimension} ctx={ctx} row={row} cutOffs={cutOffs} />
      ))}
      <View style={{ marginLeft: axisOffset, width: TRACK_WIDTH }}>
        <Svg width={TRACK_WIDTH} height={10} viewBox={`0 0 ${TRACK_WIDTH} 10`}>
          {chart.ticks.map((tick) => (
            <Text key={tick.value} x={xOf(tick.fraction)} y={8} textAnchor="middle" style={{ fontFamily: BODY_FONT, fontSize: 7 }} fill={COLORS.muted}>
              {tick.label}
            </Text>
          ))}
        </Svg>
        <Text style={{ ...CELL, textAlign: "center", color: COLORS.muted }}>{t(chart.axisLabelKey)}</Text>
      </View>
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
