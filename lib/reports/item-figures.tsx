import { Text, View } from "@react-pdf/renderer";
import type { Item } from "@/lib/questionnaire/types";
import type { ItemFigureComparison, StatementRef } from "@/lib/scoring/types";
import { optionLabel } from "@/lib/questionnaire/answer-text";
import type { ReportContext } from "./context";
import { styles } from "./styles";

/** A study's statement beside the answer; in English when the study gives no text in this language. */
export function Statement({ ctx, statement }: { ctx: ReportContext; statement: StatementRef }) {
  const { t, data } = ctx;
  const localized = statement.text[data.locale];
  return (
    <View style={{ marginTop: 2 }}>
      <Text>
        {t("report.item.statement", { cohort: statement.cohort.name[data.locale], text: localized ?? statement.text.en })}
        {localized ? "" : ` ${t("report.item.translationFallback")}`}
      </Text>
      <Text style={styles.small}>{t("report.item.source", { source: statement.source })}</Text>
    </View>
  );
}

/** A cohort figure for one item: a distribution, the shares of a tick-all item, or a published bound. */
export function ItemFigure({ ctx, item, figure }: { ctx: ReportContext; item: Item; figure: ItemFigureComparison }) {
  const { t, f, data } = ctx;
  const cohort = figure.cohort.name[data.locale];
  if (figure.kind === "bound") {
    return (
      <View style={{ marginTop: 2 }}>
        <Text>{t("report.item.bound", { cohort, bound: figure.bound })}</Text>
        <Text style={styles.small}>{t("report.item.source", { source: figure.source })}</Text>
      </View>
    );
  }
  const lines =
    figure.kind === "distribution"
      ? figure.options.map((option) => ({
          key: option.option,
          text: t(option.isAgencyAnswer ? "report.item.optionShareYours" : "report.item.optionShare", {
            option: optionLabel(t, item, option.option),
            share: option.share === null ? t("report.item.noReferenceFigure") : f.share(option.share),
          }),
          isYours: option.isAgencyAnswer,
        }))
      : figure.options.map((option) => ({
          key: option.option,
          text: t(option.ticked ? "report.item.optionShareYours" : "report.item.optionShare", {
            option: optionLabel(t, item, option.option),
            share: option.share !== null ? f.share(option.share) : (option.bound ?? t("report.item.noReferenceFigure")),
          }),
          isYours: option.ticked,
        }));
  return (
    <View style={{ marginTop: 2 }}>
      <Text>{t("report.item.cohortShares", { cohort })}</Text>
      <View style={styles.indent}>
        {lines.map((line) => (
          <Text key={line.key} style={line.isYours ? styles.bold : undefined}>
            {line.text}
          </Text>
        ))}
      </View>
      {figure.kind === "distribution" && figure.cohortMeanItemScore !== null ? (
        <Text>{t("report.item.cohortMean", { score: f.score(figure.cohortMeanItemScore * 100) })}</Text>
      ) : null}
      {figure.kind === "distribution" && figure.shareAtOrAbove !== null ? (
        <Text>{t("report.item.shareAtOrAbove", { share: f.share(figure.shareAtOrAbove) })}</Text>
      ) : null}
      <Text style={styles.small}>{t("report.item.source", { source: figure.source })}</Text>
    </View>
  );
}
