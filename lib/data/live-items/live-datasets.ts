import "server-only";
import type { LocalizedName } from "@/lib/benchmarks/dataset-schema";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { createReportTranslator } from "@/lib/reports/translator";

/** A label in the three languages, from the `study` catalogue (a dataset's name is stored in all three). */
export function localized(key: string, values: (locale: Locale) => Record<string, string | number>): LocalizedName {
  const entries = LOCALES.map((locale) => [locale, createReportTranslator(locale)(key, values(locale))] as const);
  return Object.fromEntries(entries) as LocalizedName;
}

/** "Approved assessments in this installation: Asia and the Pacific" (or "all regions" without a region). */
export function liveCohortName(region: string | null, round?: number): LocalizedName {
  return localized(region === null ? "study.live.nameAll" : round ? "study.live.nameRound" : "study.live.name", (locale) => ({
    region: region === null ? "" : createReportTranslator(locale)(`common.regions.${region}`),
    round: round ?? "",
  }));
}

/** Dataset ids are lowercase words joined by hyphens: `live-ap-2027`, `live-arab-states-2027`. */
export function frozenDatasetId(region: string, round: number): string {
  return `live-${region.toLowerCase().replace(/_/g, "-")}-${round}`;
}

/** The date as the stored source states it: ISO (YYYY-MM-DD), the same in every language. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
