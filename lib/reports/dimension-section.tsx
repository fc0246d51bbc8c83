import { Text, View } from "@react-pdf/renderer";
import type { Section } from "@/lib/questionnaire/types";
import type { DimensionComparison } from "@/lib/scoring/types";
import { citationText } from "@/lib/benchmarks/citations";
import { citeOf } from "./cite";
import { gapPoints } from "@/lib/format/gap-points";
import type { ReportContext } from "./context";
import { Statement } from "./item-figures";
import { ItemBlock } from "./item-block";
import { SourceLines } from "./source-lines";
import { styles } from "./styles";

function CohortDimension({ ctx, comparison }: { ctx: ReportContext; comparison: DimensionComparison }) {
  const { t, f, data } = ctx;
  const cohort = data.snapshot.scores.comparisons.find((c) => c.dimensions[comparison.dimension] === comparison)?.cohort;
  const name = cohort ? cohort.name[data.locale] : "";
  const na = t("common.notAvailable");
  let line: string;
  let sources: React.ReactNode = null;
  if (comparison.basis === "published_level" && comparison.publishedLevel) {
    const level = comparison.publishedLevel;
    line = t("report.dimension.publishedLevel", {
      cohort: name,
      level: f.level(level.level),
      agencyLevel: level.agencyLevel === null ? na : f.level(level.agencyLevel),
      gap: level.gap === null ? na : f.levelGap(level.gap),
    });
    sources = <SourceLines ctx={ctx} figure={{ ...level, kind: "level" }} />;
  } else if (comparison.basis === "item_distributions" && comparison.itemDistributions) {
    const figure = comparison.itemDistributions;
    line = t("report.dimension.itemDistributions", {
      cohort: name,
      cohortScore: f.score(figure.cohortScore),
      items: figure.itemsWithDistribution,
      count: figure.itemCount,
      agencyScore: figure.agencyScore === null ? na : f.score(figure.agencyScore),
      gap: figure.gap === null ? na : f.gap(figure.gap),
      gapPoints: gapPoints(figure.gap),
    });
    const cite = citeOf(ctx);
    const citations = figure.citations?.map((citation) => citationText(citation, cite)).join("; ");
    sources = <Text style={styles.small}>{cite.t("cite.source", { citation: citations ?? figure.sources.join("; ") })}</Text>;
  } else {
    line = t("report.dimension.noFigure", { cohort: name });
  }
  return (
    <View style={{ marginBottom: 3 }}>
      <Text>{line}</Text>
      {sources}
      {comparison.statements.map((statement, i) => (
        <Statement key={i} ctx={ctx} statement={statement} />
      ))}
    </View>
  );
}

/** A scored section: score, stage and IDB-comparable level, the cohort comparisons, then every question. */
export function DimensionSection({ ctx, section }: { ctx: ReportContext; section: Section & { dimension: NonNullable<Section["dimension"]> } }) {
  const { t, f, data } = ctx;
  const { scores } = data.snapshot;
  const score = scores.dimensions[section.dimension];
  const pointsById = new Map(score.items.map((item) => [item.itemId, item]));
  return (
    <View>
      <View wrap={false}>
        <Text style={styles.h2}>{t(`instrument.sections.${section.id}.title`)}</Text>
        <View style={styles.band}>
          {score.score === null ? (
            <Text style={styles.bold}>{t("report.dimension.insufficient")}</Text>
          ) : (
            <Text style={styles.bold}>
              {t(score.idbLevel === null ? "report.dimension.scoreLine" : "report.dimension.scoreLineWithLevel", {
                score: f.score(score.score),
                stage: score.stage ? t(`report.stages.${score.stage}`) : "",
                level: score.idbLevel === null ? "" : f.level(score.idbLevel),
              })}
            </Text>
          )}
          <Text style={styles.small}>
            {t("report.dimension.pointsLine", { points: score.sumPoints, answered: score.answeredWithPoints, count: score.itemCount })}
          </Text>
        </View>
        <Text style={styles.h3}>{t("report.dimension.comparisonTitle")}</Text>
        {scores.comparisons.map((comparison) => (
          <CohortDimension key={comparison.cohort.datasetId} ctx={ctx} comparison={comparison.dimensions[section.dimension]} />
        ))}
      </View>
      <Text style={styles.h3}>{t("report.dimension.questionsTitle")}</Text>
      {section.items.map((item) => (
        <ItemBlock key={item.id} ctx={ctx} item={item} points={pointsById.get(item.id)} />
      ))}
    </View>
  );
}
