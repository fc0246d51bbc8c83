import type { Locale } from "@/lib/i18n/locales";
import type { BoundSpec, Citation, CitationKey, Exactness, LocalizedText } from "./citation-schema";
import type { Bound } from "./dataset-schema";
import { legacyBound, legacyCitation } from "./legacy-2026-1";

/**
 * How the provenance of a cohort figure reads to users, in their language, for the results page and the PDF
 * alike (one wording, two renderers): the citation of the study, how exact the figure is, bounds as
 * sentences built from the option labels. Never the working notes (file names, slide titles, confidence).
 */

/** A translator of the `benchmarks` namespace (`cite.*` keys). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type CitationDisplay = {
  locale: Locale;
  t: Translate;
  /** A fraction (0–1) as a percentage in the locale ("10 %" in French): the one formatter's `share`. */
  percent: (fraction: number) => string;
  /** An option's label; `itemId` is undefined for a statement about a whole dimension (the status scale). */
  optionLabel: (itemId: string | undefined, option: string) => string;
};

function citationId(citation: Citation): string {
  return citation.key ? `${citation.key}|${citation.topic ?? ""}` : `text|${citation.text?.en ?? ""}|${citation.url ?? ""}`;
}

export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const citation of citations) if (!seen.has(citationId(citation))) seen.set(citationId(citation), citation);
  return [...seen.values()];
}

export function localizedText(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

/** "ILO (2023), presentation of the results … (2022), chart: main barriers to digitalisation (top 8)". */
export function citationText(citation: Citation, display: Pick<CitationDisplay, "locale" | "t">): string {
  const { t, locale } = display;
  const study = citation.key ? t(`cite.studies.${citation.key}`) : citation.text ? localizedText(citation.text, locale) : "";
  return citation.topic ? t("cite.withTopic", { citation: study, topic: t(`cite.topics.${citation.topic}`) }) : study;
}

/**
 * The citation of a figure or statement: its own, else the one a 2026.1 source string maps to, else the
 * dataset's. `null` only for an imported dataset of an unknown study without a citation (callers then show
 * the dataset's own source line, which is what its importer wrote for users).
 */
export function resolveCitation(figure: { citation?: Citation; source?: string }, cohort: { citation?: Citation; source: string }): Citation | null {
  return figure.citation ?? (figure.source ? legacyCitation(figure.source) : null) ?? cohort.citation ?? legacyCitation(cohort.source);
}

/** The sentence users read for the figure's exactness; `n` is the cohort's size. */
export function exactnessText(exactness: Exactness, n: number | null, display: Pick<CitationDisplay, "t">): string {
  if (exactness === "exact_counts" && n !== null) return display.t("cite.exactness.exactCounts", { n });
  if (exactness === "exact_counts") return display.t("cite.exactness.exactCountsNoN");
  return display.t(`cite.exactness.${exactness === "study_text" ? "studyText" : "reportedMean"}`);
}

function lowerFirst(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

function countPhrase(bound: BoundSpec, display: CitationDisplay): string {
  const { t } = display;
  if (bound.comparison === "eq" && bound.value === 0) return t("cite.bounds.none");
  if (bound.unit === "percent") {
    return t(`cite.bounds.${bound.comparison}Percent`, { value: display.percent(bound.value / 100) });
  }
  const of = bound.of ?? 0;
  if (bound.comparison === "eq" && bound.value === of) return t("cite.bounds.all", { of });
  return t(`cite.bounds.${bound.comparison}`, { value: bound.value, of });
}

/** A structured bound as one sentence: "All 11 PES: fully in place or in development." */
export function boundSpecText(bound: BoundSpec, itemId: string | undefined, display: CitationDisplay): string {
  const count = countPhrase(bound, display);
  if (bound.note === "not_in_top_8") return display.t("cite.bounds.notInTop8", { count });
  if (bound.note === "each") return display.t("cite.bounds.each", { count });
  if (!bound.options) return display.t("cite.bounds.sentence", { count });
  const labels = bound.options.map((option) => lowerFirst(display.optionLabel(itemId, option), display.locale));
  const options = new Intl.ListFormat(display.locale, { type: "disjunction" }).format(labels);
  return display.t("cite.bounds.withOptions", { count, options });
}

/**
 * Any stored bound as a sentence: structured ones as above; the published text of a 2026.1 dataset through
 * the structured form it maps to. An unknown text (an imported 2026.1-style dataset) is shown as written,
 * since it is the importer's wording and nothing better is known.
 */
export function boundText(bound: Bound, itemId: string | undefined, display: CitationDisplay): string {
  if (typeof bound !== "string") return boundSpecText(bound, itemId, display);
  const mapped = legacyBound(bound);
  return mapped ? boundSpecText(mapped, itemId, display) : bound;
}

type FigureProvenance = {
  cohort: { citation?: Citation; source: string; n: number | null };
  source?: string;
  citation?: Citation;
  exactness?: Exactness;
};

/** "Source: ILO (2023), …" in the reader's language: the citation, or the importer's own source line. */
export function sourceLine(figure: FigureProvenance, display: Pick<CitationDisplay, "locale" | "t">): string {
  const citation = resolveCitation(figure, figure.cohort);
  return display.t("cite.source", { citation: citation ? citationText(citation, display) : (figure.source ?? figure.cohort.source) });
}

/**
 * The plain exactness sentence of a figure, or `null`. Figures of 2026.1 carry none: theirs is inferred from
 * what they are (counts read from a chart, a bound from the text, a reported level).
 */
export function figureExactness(
  figure: FigureProvenance & { kind?: string; hasCounts?: boolean },
  display: Pick<CitationDisplay, "t">,
): string | null {
  const legacy: Exactness | undefined =
    figure.kind === "bound" ? "study_text" : figure.kind === "level" ? "reported_mean" : figure.hasCounts ? "exact_counts" : undefined;
  const exactness = figure.exactness ?? (figure.citation ? undefined : legacy);
  return exactness ? exactnessText(exactness, figure.cohort.n, display) : null;
}

/** Where a reader finds each study (citations.md); the brief's two pages share one entry. */
const CITATION_URLS: Record<CitationKey, string> = {
  "ilo-ap-2023": "https://www.ilo.org/asia/publications/WCMS_886596/lang--en/index.htm",
  "ilo-ap-2023-presentation": "https://www.ilo.org/asia/publications/WCMS_886596/lang--en/index.htm",
  "idb-lac-2023": "https://publications.iadb.org/en/digital-transformation-public-employment-services-across-latin-america-and-caribbean",
  "idb-lac-2023-levels": "https://strmnoticias.org/?p=757",
  "ilo-global-2022": "https://www.ilo.org/emppolicy/pubs/WCMS_840767/lang--en/index.htm",
  "ilo-2020-brief": "https://www.ilo.org/emppolicy/pubs/WCMS_761924/lang--en/index.htm",
};

export function citationUrl(citation: Citation): string | null {
  return citation.url ?? (citation.key ? CITATION_URLS[citation.key] : null);
}

/**
 * A dataset's study for a list of sources: its citation with the address where it can be read, or, for an
 * imported dataset of a study the product does not know, the source line its importer wrote.
 */
export function cohortCitationText(cohort: { citation?: Citation; source: string }, display: Pick<CitationDisplay, "locale" | "t">): string {
  const citation = cohort.citation ?? legacyCitation(cohort.source);
  if (!citation) return cohort.source;
  const url = citationUrl(citation);
  return url ? `${citationText(citation, display)}, ${url}` : citationText(citation, display);
}
