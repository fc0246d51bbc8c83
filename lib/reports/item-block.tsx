import { Text, View } from "@react-pdf/renderer";
import { MAX_POINTS } from "@/lib/questionnaire/scales";
import { isScoredItem } from "@/lib/questionnaire/lookup";
import type { Item } from "@/lib/questionnaire/types";
import type { ItemPoints } from "@/lib/scoring/points";
import { answerText, itemLabelKey } from "@/lib/questionnaire/answer-text";
import type { ReportContext } from "./context";
import { freeTextStyle } from "./fonts";
import { printableText } from "./free-text";
import { ItemFigure, Statement } from "./item-figures";
import { styles } from "./styles";

const itemPart = { paddingLeft: styles.item.paddingLeft, borderLeftWidth: styles.item.borderLeftWidth, borderLeftColor: styles.item.borderLeftColor };

/**
 * One question: the agency's answer (and points, from the snapshot) beside every cohort figure or statement
 * the stored comparisons and the live cohorts hold for it, or "No reference figure" when none has any.
 */
export function ItemBlock({ ctx, item, points }: { ctx: ReportContext; item: Item; points: ItemPoints | undefined }) {
  const { t, data } = ctx;
  const typed = answerText(t, item, data.answers[item.id]);
  const answer = typed === null ? null : printableText(typed);
  const comparisons = [...data.snapshot.scores.comparisons, ...data.liveComparisons].map((comparison) => comparison.items[item.id]).filter((c) => c !== undefined);
  const hasReference = comparisons.some((c) => c.figure !== null || c.statements.length > 0);
  const pointsText = !isScoredItem(item)
    ? t("report.dimension.notScored")
    : points?.points === null || points?.points === undefined
      ? t("report.item.noPoints")
      : `${t("report.item.points", { points: points.points })} / ${MAX_POINTS}`;
  return (
    // With the live cohorts beside the studies, an item can outgrow a page: the question stays with its
    // answer and each figure stays whole, but the block may break between figures. The left rule is drawn
    // on the unbreakable parts (react-pdf cannot draw the border of a view split across pages).
    <View style={{ marginBottom: styles.item.marginBottom }}>
      <View wrap={false} style={itemPart}>
        <Text style={styles.bold}>{t(itemLabelKey(item.id))}</Text>
        <Text style={answer === null ? undefined : freeTextStyle(answer)}>
          {answer === null ? t("report.item.notAnswered") : t("report.item.answer", { answer })}
          <Text style={styles.muted}>{` · ${pointsText}`}</Text>
        </Text>
      </View>
      {comparisons.map((comparison, index) => (
        <View key={index} wrap={false} style={itemPart}>
          {comparison.figure ? <ItemFigure ctx={ctx} item={item} figure={comparison.figure} /> : null}
          {comparison.statements.map((statement, i) => (
            <Statement key={i} ctx={ctx} statement={statement} itemId={item.id} />
          ))}
        </View>
      ))}
      {hasReference ? null : <Text style={[styles.small, itemPart]}>{t("report.item.noReferenceFigure")}</Text>}
    </View>
  );
}
