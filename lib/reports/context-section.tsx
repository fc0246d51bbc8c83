import { Text, View } from "@react-pdf/renderer";
import { getItem, getSection } from "@/lib/questionnaire/lookup";
import type { Item } from "@/lib/questionnaire/types";
import type { DistributionComparison, MultiComparison } from "@/lib/scoring/types";
import { answerText, itemLabelKey, optionLabel } from "@/lib/questionnaire/answer-text";
import { boundText } from "@/lib/benchmarks/citations";
import { citeOf } from "./cite";
import type { ReportContext } from "./context";
import { ItemBlock } from "./item-block";
import { SourceLines } from "./source-lines";
import { styles } from "./styles";

const BARRIERS = "context.barriers";
const BUDGETS = ["context.budget_overall", "context.budget_digital", "context.budget_youth"] as const;

function figuresOf<K extends "multi" | "distribution">(ctx: ReportContext, itemId: string, kind: K) {
  return ctx.data.snapshot.scores.comparisons.flatMap((comparison) => {
    const figure = comparison.items[itemId]?.figure;
    return figure && figure.kind === kind ? [figure as K extends "multi" ? MultiComparison : DistributionComparison] : [];
  });
}

function BarriersTable({ ctx, item, figure }: { ctx: ReportContext; item: Item; figure: MultiComparison }) {
  const { t, f, data } = ctx;
  return (
    <View wrap={false} style={{ marginBottom: 8 }}>
      <Text style={styles.h3}>{`${t("report.context.barriersTitle")} (${figure.cohort.name[data.locale]})`}</Text>
      <View style={styles.tableHead}>
        <Text style={{ flex: 3 }}>{t("report.context.columnOption")}</Text>
        <Text style={{ flex: 1 }}>{t("report.context.columnYours")}</Text>
        <Text style={{ flex: 1.4, textAlign: "right" }}>{t("report.context.columnCohort")}</Text>
      </View>
      {figure.options.map((option) => (
        <View key={option.option} style={styles.tableRow}>
          <Text style={[{ flex: 3 }, option.ticked ? styles.bold : {}]}>{optionLabel(t, item, option.option)}</Text>
          <Text style={{ flex: 1 }}>{option.ticked ? t("report.context.ticked") : t("report.context.notTicked")}</Text>
          <Text style={{ flex: 1.4, textAlign: "right" }}>
            {option.share !== null
              ? f.share(option.share)
              : option.bound !== null
                ? boundText(option.bound, figure.itemId, citeOf(ctx))
                : t("report.item.noReferenceFigure")}
          </Text>
        </View>
      ))}
      <SourceLines ctx={ctx} figure={{ ...figure, hasCounts: figure.options.some((option) => option.count !== null) }} />
    </View>
  );
}

function BudgetsTable({ ctx, figures }: { ctx: ReportContext; figures: DistributionComparison[] }) {
  const { t, f, data } = ctx;
  const first = figures[0];
  if (!first) return null;
  const options = first.options.map((option) => option.option);
  return (
    <View wrap={false} style={{ marginBottom: 8 }}>
      <Text style={styles.h3}>{`${t("report.context.budgetsTitle")} (${first.cohort.name[data.locale]})`}</Text>
      <View style={styles.tableHead}>
        <Text style={{ flex: 3 }}>{t("report.context.columnBudget")}</Text>
        <Text style={{ flex: 1.4 }}>{t("report.context.columnAnswer")}</Text>
        {options.map((option) => (
          <Text key={option} style={{ flex: 1, textAlign: "right" }}>
            {t(`instrument.scales.budget.${option}`)}
          </Text>
        ))}
      </View>
      {figures.map((figure) => {
        const item = getItem(figure.itemId)!;
        return (
          <View key={figure.itemId} style={styles.tableRow}>
            <Text style={{ flex: 3 }}>{t(itemLabelKey(figure.itemId))}</Text>
            <Text style={[{ flex: 1.4 }, styles.bold]}>{answerText(t, item, data.answers[figure.itemId]) ?? t("report.item.notAnswered")}</Text>
            {options.map((option) => {
              const share = figure.options.find((o) => o.option === option)?.share ?? null;
              return (
                <Text key={option} style={{ flex: 1, textAlign: "right" }}>
                  {share === null ? t("common.notAvailable") : f.share(share)}
                </Text>
              );
            })}
          </View>
        );
      })}
      <SourceLines ctx={ctx} figure={{ ...first, hasCounts: first.options.some((option) => option.count !== null) }} />
    </View>
  );
}

/** The unscored context of Part 1: barriers against the AP shares, budgets against the AP distributions. */
export function ContextSection({ ctx }: { ctx: ReportContext }) {
  const { t } = ctx;
  const section = getSection("context")!;
  const barriersItem = getItem(BARRIERS)!;
  const barrierFigures = figuresOf(ctx, BARRIERS, "multi");
  const budgetFigures = BUDGETS.flatMap((id) => figuresOf(ctx, id, "distribution").slice(0, 1));
  const shownInTables = new Set<string>([...(barrierFigures.length ? [BARRIERS] : []), ...budgetFigures.map((figure) => figure.itemId)]);
  return (
    <View break>
      <Text style={styles.h2}>{t("report.headings.context")}</Text>
      <Text style={styles.paragraph}>{t("report.context.intro")}</Text>
      {barrierFigures.map((figure) => (
        <BarriersTable key={figure.cohort.datasetId} ctx={ctx} item={barriersItem} figure={figure} />
      ))}
      <BudgetsTable ctx={ctx} figures={budgetFigures} />
      {section.items
        .filter((item) => !shownInTables.has(item.id))
        .map((item) => (
          <ItemBlock key={item.id} ctx={ctx} item={item} points={undefined} />
        ))}
    </View>
  );
}
