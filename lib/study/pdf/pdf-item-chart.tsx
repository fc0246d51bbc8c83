import { G, Rect, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";
import { labelColor } from "@/lib/charts/stacked-bar";
import { BODY_FONT } from "@/lib/reports/fonts";
import { COLORS, styles } from "@/lib/reports/styles";
import { BAR_WIDTH, type Citation, type ItemView } from "../regional-view";

/** SVG text has no baseline alignment in react-pdf: labels are lowered by about a third of the font size. */
const BASELINE_SHIFT = 2.2;

export function PdfCitations({ citations }: { citations: readonly Citation[] }) {
  return (
    <>
      {citations.map((citation) => (
        <View key={citation.cohort} style={{ marginTop: 2, paddingLeft: 4, borderLeftWidth: 1.5, borderLeftColor: COLORS.rule }}>
          <Text style={styles.bold}>{citation.cohort}</Text>
          {citation.lines.length > 0 && <Text>{citation.lines.join(" · ")}</Text>}
          <Text style={styles.small}>{citation.source}</Text>
        </View>
      ))}
    </>
  );
}

/** One question's chart in the PDF: the stacked bar (same geometry as the page), its legend, the published figures. */
export function PdfItemChart({ item }: { item: ItemView }) {
  const bar = item.bar;
  return (
    <View style={{ marginBottom: 7, fontSize: 8 }} wrap={false}>
      <Text style={styles.bold}>
        {item.label} <Text style={styles.small}>· {item.answered}</Text>
      </Text>
      {bar && (
        <Svg width={bar.width} height={bar.height} viewBox={`0 0 ${bar.width} ${bar.height}`} style={{ marginVertical: 2 }}>
          {bar.segments.map((segment) => (
            <G key={segment.option}>
              <Rect x={segment.x} y={0} width={segment.width} height={bar.height} fill={segment.fill} />
              {segment.label && (
                <SvgText x={segment.x + segment.width / 2} y={bar.height / 2 + BASELINE_SHIFT} textAnchor="middle" style={{ fontFamily: BODY_FONT, fontSize: 6.5 }} fill={labelColor(segment.fill)}>
                  {segment.label}
                </SvgText>
              )}
            </G>
          ))}
        </Svg>
      )}
      {item.legend.length > 0 && (
        <View style={{ flexDirection: "row", flexWrap: "wrap" }}>
          {item.legend.map((entry) => (
            <View key={entry.text} style={{ flexDirection: "row", alignItems: "center", marginRight: 8 }}>
              <View style={{ width: 6, height: 6, backgroundColor: entry.fill, marginRight: 2, borderWidth: 0.3, borderColor: COLORS.rule }} />
              <Text>{entry.text}</Text>
            </View>
          ))}
        </View>
      )}
      {item.optionBars.map((option) => (
        <View key={option.label} style={{ flexDirection: "row", alignItems: "center" }}>
          <Text style={{ width: 170 }}>{option.label}</Text>
          <Svg width={BAR_WIDTH / 2} height={6} viewBox={`0 0 ${BAR_WIDTH} 10`}>
            <Rect x={0} y={0} width={option.width} height={10} fill={COLORS.bar} />
          </Svg>
          <Text style={{ marginLeft: 4 }}>{option.value}</Text>
        </View>
      ))}
      <PdfCitations citations={item.published} />
    </View>
  );
}
