import { Text, View } from "@react-pdf/renderer";
import type { Item } from "@/lib/questionnaire/types";
import type { ItemFigureComparison, StatementRef } from "@/lib/scoring/types";
import { optionLabel } from "@/lib/questionnaire/answer-text";
import { boundText } from "@/lib/benchmarks/citations";
import { statementText } from "@/lib/benchmarks/statement-text";
import { citeOf } from "./cite";
import type { ReportContext } from "./context";
import { SourceLines } from "./source-lines";
import { styles } from "./styles";

/**
 * A study's statement beside the answer or the dimension, with its bound as a sentence; in English only
 * for an imported dataset that gives no translation (and then said so).
 */
export function Statement({ ctx, statement, itemId }: { ctx: ReportContext; statement: StatementRef; itemId?: string }) {
  const { t, data } = ctx;
  const { text, isFallback } = statementText(statement, data.locale);
  return (
    <View style={{ marginTop: 2 }}>
      <Text>
        {t("report.item.statement", { cohort: statement.cohort.name[data.locale], text })}
        {isFallback ? ` ${t("report.item.translationFallback")}` : ""}
      </Text>
      {statement.bound ? <Text>{boundText(statement.bound, itemId, citeOf(ctx))}</Text> : null}
      <SourceLines ctx={ctx} figure={statement.bound ? { ...statement, kind: "bound" } : statement} />
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
        <Text>{t("report.item.bound", { cohort, bound: boundText(figure.bound, item.id, citeOf(ctx)) })}</Text>
        <SourceLines ctx={ctx} figure={figure} />
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
            share:
              option.share !== null
                ? f.share(option.share)
                : option.bound !== null
                  ? boundText(option.bound, item.id, citeOf(ctx))
                  : t("report.item.noReferenceFigure"),
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
      <SourceLines ctx={ctx} figure={{ ...figure, hasCounts: figure.options.some((option) => option.count !== null) }} />
    </View>
  );
}
