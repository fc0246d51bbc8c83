import type { Format } from "@/lib/format/create-format";
import type { ReportTranslator } from "./translator";
import type { ReportData } from "./types";

/** What every part of the document reads: the data, the translator and formatter of the report's locale. */
export type ReportContext = {
  data: ReportData;
  t: ReportTranslator;
  f: Format;
  /** Font chain and features for the agency name (its script may not be Latin). */
  agencyFont: { fontFamily: string[]; fontFeatureSettings: Record<string, boolean> };
};
