import { boundText, sourceLine, type CitationDisplay } from "@/lib/benchmarks/citations";
import type { LocalizedName } from "@/lib/benchmarks/dataset-schema";
import { buildStackedBar, segmentColor, type StackedBar } from "@/lib/charts/stacked-bar";
import type { Format } from "@/lib/format/create-format";
import { countryName } from "@/lib/i18n/country-codes";
import type { Locale } from "@/lib/i18n/locales";
import { getItem, getSectionOfItem } from "@/lib/questionnaire/lookup";
import { itemLabelKey, optionLabel } from "@/lib/questionnaire/answer-text";
import { STAGES } from "@/lib/scoring/stages";
import type { LiveItemDistribution } from "@/lib/scoring/live-items";
import { conclusionEvidence } from "./conclusion-evidence";
import { publishedItemFigures, publishedLevels, type PublishedItemFigure } from "./published-figures";
import { BARRIERS_ITEM, BUDGET_ITEMS, type RegionalReport } from "./regional-report";

/**
 * The regional report as the reader sees it: every heading, label and figure as text in the report's
 * language, and the per-item bars as geometry. Built once and drawn by the page (HTML and SVG) and by the
 * PDF (react-pdf), so the two can never print different figures. No agency name appears anywhere here
 * except in `annex`, which exists only when the coordinator asked for it (and then lists only agencies
 * that consented).
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Width of a bar in the geometry's units; the page scales the SVG, the PDF draws it at this size. */
export const BAR_WIDTH = 300;

export type Table = { caption: string; columns: string[]; rows: { label: string; cells: string[] }[] };

export type Citation = { cohort: string; lines: string[]; source: string };

export type LegendEntry = { text: string; fill: string };

export type ItemView = {
  itemId: string;
  label: string;
  /** "n = 12 agencies answered" */
  answered: string;
  /** Single-answer items: one stacked bar; tick-all items: one bar per option. */
  bar: StackedBar | null;
  legend: LegendEntry[];
  /** Tick-all items: each option's share as its own bar (the shares need not sum to 100%). */
  optionBars: { label: string; value: string; width: number }[];
  published: Citation[];
};

export type ItemGroup = { heading: string; items: ItemView[] };

export type RegionalView = {
  title: string;
  subtitle: string;
  generated: string;
  participation: string;
  threshold: string;
  /** Set below 5 agencies: the report stops after participation. */
  tooFew: string | null;
  headings: Record<"participation" | "dimensions" | "indices" | "items" | "barriers" | "budgets" | "studies" | "conclusions" | "annex" | "method", string>;
  dimensions: Table;
  dimensionNotes: string[];
  indices: Table;
  itemsIntro: string;
  itemGroups: ItemGroup[];
  barriers: { table: Table; published: Citation[] };
  budgets: ItemView[];
  studies: Table;
  conclusions: { title: string; evidence: string[] }[];
  annex: { intro: string; table: Table | null; empty: string | null } | null;
  method: string[];
};

const nameIn = (name: LocalizedName, locale: Locale) => name[locale] ?? name.en;

/** The study's wording of bounds and citations (lib/benchmarks/citations), over the report's translator. */
function citationDisplay(ctx: ViewContext): CitationDisplay {
  const { t, f, locale } = ctx;
  return {
    locale,
    t: (key, values) => t(`benchmarks.${key}`, values),
    percent: f.share,
    optionLabel: (itemId, option) => {
      const item = itemId ? getItem(itemId) : undefined;
      return item ? optionLabel(t, item, option) : t(`instrument.scales.status.${option}`);
    },
  };
}

function citations(published: readonly PublishedItemFigure[], item: NonNullable<ReturnType<typeof getItem>>, ctx: ViewContext): Citation[] {
  const { t, f, locale } = ctx;
  const display = citationDisplay(ctx);
  return published.map((figure) => ({
    cohort: t("study.report.publishedCohort", { name: nameIn(figure.name, locale), year: figure.surveyYear, n: figure.n ?? t("study.report.nNotPublished") }),
    lines: [
      ...Object.entries(figure.shares ?? {}).map(([option, share]) => t("study.report.optionValue", { option: optionLabel(t, item, option), value: f.share(share) })),
      ...Object.entries(figure.bounds).map(([option, bound]) => {
        const text = boundText(bound, item.id, display);
        return option ? t("study.report.optionValue", { option: optionLabel(t, item, option), value: text }) : text;
      }),
    ],
    source: sourceLine({ cohort: figure.cohort, source: figure.source, citation: figure.citation }, display),
  }));
}

type ViewContext = { t: Translate; f: Format; locale: Locale; report: RegionalReport };

function itemView(row: LiveItemDistribution, ctx: ViewContext): ItemView {
  const { t, f, report } = ctx;
  const item = getItem(row.itemId)!;
  const label = (option: string) => optionLabel(t, item, option);
  const published = citations(publishedItemFigures(report.studies, row.itemId), item, ctx);
  const answered = t("study.report.answered", { n: row.n });
  if (row.kind === "multi") {
    const options = [...row.options].filter((o) => o.count > 0).sort((a, b) => b.count - a.count);
    return {
      itemId: row.itemId,
      label: t(itemLabelKey(row.itemId)),
      answered,
      bar: null,
      legend: [],
      optionBars: options.map((o) => ({ label: label(o.option), value: t("study.report.shareCount", { share: f.share(o.share), count: o.count }), width: o.share * BAR_WIDTH })),
      published,
    };
  }
  return {
    itemId: row.itemId,
    label: t(itemLabelKey(row.itemId)),
    answered,
    bar: buildStackedBar(row.options, BAR_WIDTH, f.share),
    legend: row.options.map((o, rank) => ({
      text: t("study.report.optionValue", { option: label(o.option), value: t("study.report.shareCount", { share: f.share(o.share), count: o.count }) }),
      fill: segmentColor(o.option, rank),
    })),
    optionBars: [],
    published,
  };
}

export function buildRegionalView(report: RegionalReport, t: Translate, f: Format, locale: Locale): RegionalView {
  const ctx: ViewContext = { t, f, locale, report };
  const region = t(`common.regions.${report.region}`);
  const dash = t("common.notAvailable");
  const dimensionLabel = (d: string) => t(`instrument.sections.${d}.title`);
  const levels = report.dimensions.flatMap((d) => publishedLevels(report.studies, d.dimension).map((level) => ({ ...level, dimension: d.dimension })));
  const levelStudies = [...new Map(levels.map((l) => [l.datasetId, l])).values()];

  const contextItems = new Set<string>([BARRIERS_ITEM, ...BUDGET_ITEMS]);
  const groups = new Map<string, ItemView[]>();
  for (const row of report.items) {
    if (contextItems.has(row.itemId)) continue;
    const section = getSectionOfItem(row.itemId)?.id ?? "context";
    groups.set(section, [...(groups.get(section) ?? []), itemView(row, ctx)]);
  }
  const barriersItem = getItem(BARRIERS_ITEM)!;
  const barriersRow = report.items.find((row) => row.itemId === BARRIERS_ITEM);

  return {
    title: t("study.report.title", { region, round: report.round }),
    subtitle: t("study.report.subtitle"),
    generated: t("study.report.generated", { date: f.date(report.generatedAt), version: report.instrumentVersion }),
    participation: t("study.report.participation", { agencies: report.agencies, countries: report.countries, round: report.round, region }),
    threshold: t("study.report.threshold", { min: report.minimum }),
    tooFew: report.isShown ? null : t("study.report.tooFew", { agencies: report.agencies, min: report.minimum }),
    headings: {
      participation: t("study.report.headings.participation"),
      dimensions: t("study.report.headings.dimensions"),
      indices: t("study.report.headings.indices"),
      items: t("study.report.headings.items"),
      barriers: t("study.report.headings.barriers"),
      budgets: t("study.report.headings.budgets"),
      studies: t("study.report.headings.studies"),
      conclusions: t("study.report.headings.conclusions"),
      annex: t("study.report.headings.annex"),
      method: t("study.report.headings.method"),
    },
    dimensions: {
      caption: t("study.report.dimensionsCaption"),
      columns: [
        t("study.report.columns.dimension"),
        ...STAGES.map((stage) => t(`results.stages.${stage}`)),
        t("study.report.columns.median"),
        t("study.report.columns.range"),
        t("study.report.columns.n"),
        ...levelStudies.map((study) => t("study.report.columns.publishedLevel", { name: nameIn(study.name, locale) })),
      ],
      rows: report.dimensions.map((d) => ({
        label: dimensionLabel(d.dimension),
        cells: [
          ...STAGES.map((stage) => (d.stages ? String(d.stages[stage]) : dash)),
          d.figure ? f.score(d.figure.median) : t("study.report.tooFewScored"),
          d.figure ? `${f.score(d.figure.min)}–${f.score(d.figure.max)}` : dash,
          d.figure ? String(d.figure.n) : dash,
          ...levelStudies.map((study) => {
            const level = levels.find((l) => l.datasetId === study.datasetId && l.dimension === d.dimension);
            return level ? f.level(level.level) : dash;
          }),
        ],
      })),
    },
    dimensionNotes: levelStudies.map((study) =>
      t("study.report.levelNote", {
        name: nameIn(study.name, locale),
        scale: study.scaleText?.[locale] ?? study.scale,
        source: sourceLine({ cohort: study.cohort, source: study.source }, citationDisplay(ctx)),
      }),
    ),
    indices: {
      caption: t("study.report.indicesCaption"),
      columns: [t("study.report.columns.index"), t("study.report.columns.median"), t("study.report.columns.range"), t("study.report.columns.n")],
      rows: (["digital_maturity", "youth_readiness"] as const).map((index) => {
        const figure = report.indices[index];
        return {
          label: t(`results.indices.${index}`),
          cells: figure ? [f.score(figure.median), `${f.score(figure.min)}–${f.score(figure.max)}`, String(figure.n)] : [t("study.report.tooFewScored"), dash, dash],
        };
      }),
    },
    itemsIntro: t("study.report.itemsIntro", { min: report.minimum }),
    itemGroups: [...groups].map(([section, items]) => ({ heading: t(`instrument.sections.${section}.title`), items })),
    barriers: {
      table: {
        caption: barriersRow ? t("study.report.barriersCaption", { n: barriersRow.n }) : t("study.report.noFigure"),
        columns: [t("study.report.columns.rank"), t("study.report.columns.barrier"), t("study.report.columns.share")],
        rows: report.barriers.map((option, index) => ({
          label: String(index + 1),
          cells: [optionLabel(t, barriersItem, option.option), t("study.report.shareCount", { share: f.share(option.share), count: option.count })],
        })),
      },
      published: citations(publishedItemFigures(report.studies, BARRIERS_ITEM), barriersItem, ctx),
    },
    budgets: BUDGET_ITEMS.flatMap((id) => {
      const row = report.items.find((r) => r.itemId === id);
      return row ? [itemView(row, ctx)] : [];
    }),
    studies: {
      caption: t("study.report.studiesCaption"),
      columns: [t("study.report.columns.study"), t("study.report.columns.year"), t("study.report.columns.studyN"), t("study.report.columns.source")],
      rows: report.studies.map((study) => ({
        label: nameIn(study.name, locale),
        cells: [
          String(study.surveyYear),
          study.n === null ? t("study.report.nNotPublished") : String(study.n),
          `${sourceLine({ cohort: { citation: study.citation, source: study.source, n: study.n } }, citationDisplay(ctx))} (${study.datasetVersion})`,
        ],
      })),
    },
    conclusions: report.conclusions.map((conclusion) => {
      const { evidence } = conclusionEvidence(conclusion, report.dimensions);
      return {
        title: t("study.report.conclusion", { number: conclusion.conclusion, title: t(`recommendations.items.${conclusion.id}.title`) }),
        evidence: evidence.map((e) =>
          e.median === null || e.atAdvancedOrAbove === null
            ? t("study.report.evidenceTooFew", { dimension: dimensionLabel(e.dimension), min: report.minimum })
            : t("study.report.evidence", { dimension: dimensionLabel(e.dimension), median: f.score(e.median), strong: e.atAdvancedOrAbove, scored: e.scored }),
        ),
      };
    }),
    annex:
      report.annex === null
        ? null
        : {
            intro: t("study.report.annexIntro"),
            table:
              report.annex.length === 0
                ? null
                : {
                    caption: t("study.report.annexCaption", { count: report.annex.length }),
                    columns: [t("study.report.columns.agency"), t("study.report.columns.country"), ...report.dimensions.map((d) => dimensionLabel(d.dimension))],
                    rows: report.annex.map((agency) => ({
                      label: agency.name,
                      cells: [countryName(agency.countryCode, locale), ...report.dimensions.map((d) => {
                        const score = agency.dimensions[d.dimension];
                        return score === null ? dash : f.score(score);
                      })],
                    })),
                  },
            empty: report.annex.length === 0 ? t("study.report.annexEmpty") : null,
          },
    method: [t("study.report.method.cohort", { version: report.instrumentVersion }), t("study.report.method.threshold", { min: report.minimum }), t("study.report.method.anonymity")],
  };
}
