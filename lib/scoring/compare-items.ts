import type { Citation, Exactness } from "@/lib/benchmarks/citation-schema";
import type { Dataset, DistributionFigure, MultiFigure, Statement } from "@/lib/benchmarks/dataset-schema";
import { MAX_POINTS, OTHER_OPTION, SCALE_OPTIONS, pointsFor } from "@/lib/questionnaire/scales";
import type { AnswerEntry, BudgetItem, Item, MultiItem, ScoredItem, SingleItem } from "@/lib/questionnaire/types";
import type {
  CohortRef,
  DistributionComparison,
  DistributionOption,
  ItemComparison,
  ItemFigureComparison,
  MultiComparison,
  StatementRef,
} from "./types";

type DistributionItem = ScoredItem | BudgetItem | SingleItem;

/**
 * The user-facing provenance of a figure (dataset version 2026.2 on), copied only when present so that a
 * snapshot scored against an older version keeps exactly the fields it had.
 */
export function citedFields(figure: { citation?: Citation; exactness?: Exactness }): { citation?: Citation; exactness?: Exactness } {
  return { ...(figure.citation && { citation: figure.citation }), ...(figure.exactness && { exactness: figure.exactness }) };
}

export function toStatementRef(statement: Statement, cohort: CohortRef): StatementRef {
  return {
    cohort,
    bound: statement.bound ?? null,
    text: { en: statement.en, fr: statement.fr ?? null, es: statement.es ?? null },
    source: statement.source,
    ...(statement.originalLanguage && { originalLanguage: statement.originalLanguage }),
    ...citedFields(statement),
  };
}

function scalePoints(item: DistributionItem, option: string): number | null {
  return item.kind === "status" || item.kind === "adoption" ? pointsFor(item.kind, option) : null;
}

/**
 * Cohort mean item score = Σ share × points / 3 (§4). Options without points (`dont_know`) are left out of
 * the mean as in §1, so the sum is taken over the shares that have points (identical when the study
 * reports no "don't know").
 */
export function cohortMeanItemScore(options: readonly DistributionOption[]): number | null {
  const pointed = options.filter((o): o is DistributionOption & { share: number; points: number } => o.points !== null && o.share !== null);
  const weight = pointed.reduce((sum, o) => sum + o.share, 0);
  if (weight === 0) return null;
  return pointed.reduce((sum, o) => sum + o.share * o.points, 0) / (MAX_POINTS * weight);
}

/** Share of the whole cohort whose answer has at least as many points as the agency's answer. */
export function shareAtOrAbove(options: readonly DistributionOption[], agencyPoints: number | null): number | null {
  if (agencyPoints === null) return null;
  return options.reduce((sum, o) => (o.points !== null && o.points >= agencyPoints && o.share !== null ? sum + o.share : sum), 0);
}

function compareDistribution(item: DistributionItem, figure: DistributionFigure, entry: AnswerEntry | undefined, cohort: CohortRef): DistributionComparison {
  const answer = typeof entry?.value === "string" ? entry.value : null;
  const scale = item.kind === "single" ? item.options : SCALE_OPTIONS[item.kind];
  const options = scale.map((option) => ({
    option,
    share: figure.shares[option] ?? null,
    count: figure.counts?.[option] ?? null,
    points: scalePoints(item, option),
    isAgencyAnswer: option === answer,
  }));
  const isScored = item.kind === "status" || item.kind === "adoption";
  return {
    kind: "distribution",
    itemId: item.id,
    scale: item.kind,
    answer,
    options,
    cohortMeanItemScore: isScored ? cohortMeanItemScore(options) : null,
    shareAtOrAbove: isScored && answer !== null ? shareAtOrAbove(options, scalePoints(item, answer)) : null,
    cohort,
    source: figure.source,
    confidence: figure.confidence ?? null,
    ...citedFields(figure),
  };
}

function compareMulti(item: MultiItem, figure: MultiFigure, entry: AnswerEntry | undefined, cohort: CohortRef): MultiComparison {
  const ticked = Array.isArray(entry?.value) ? entry.value : [];
  const options = item.allowOther ? [...item.options, OTHER_OPTION] : [...item.options];
  return {
    kind: "multi",
    itemId: item.id,
    answered: entry !== undefined,
    options: options.map((option) => ({
      option,
      share: figure.shares[option] ?? null,
      count: figure.counts?.[option] ?? null,
      bound: figure.bounds?.[option] ?? null,
      ticked: ticked.includes(option),
    })),
    cohort,
    source: figure.source,
    confidence: figure.confidence ?? null,
    ...citedFields(figure),
  };
}

function compareFigure(item: Item, dataset: Dataset, entry: AnswerEntry | undefined, cohort: CohortRef): ItemFigureComparison | null {
  const figure = dataset.items?.[item.id];
  if (!figure) return null;
  if (figure.kind === "bound") {
    return {
      kind: "bound",
      itemId: item.id,
      answer: entry?.value ?? null,
      bound: figure.bound,
      cohort,
      source: figure.source,
      confidence: null,
      ...citedFields(figure),
    };
  }
  if (figure.kind === "multi" && item.kind === "multi") return compareMulti(item, figure, entry, cohort);
  if (figure.kind === "distribution" && item.kind !== "multi" && item.kind !== "text" && item.kind !== "number") {
    return compareDistribution(item, figure, entry, cohort);
  }
  // The dataset schema refuses a figure that does not fit its item; meeting one here is a bug.
  throw new Error(`Figure ${figure.kind} does not fit item ${item.id} (${item.kind}) in ${dataset.id}`);
}

/** One item against one cohort: its figure (or `null`: no reference figure) and the study's statements. */
export function compareItem(item: Item, dataset: Dataset, entry: AnswerEntry | undefined, cohort: CohortRef): ItemComparison {
  const statements = (dataset.statements ?? [])
    .filter((statement) => statement.item === item.id)
    .map((statement) => toStatementRef(statement, cohort));
  return { itemId: item.id, figure: compareFigure(item, dataset, entry, cohort), statements };
}
