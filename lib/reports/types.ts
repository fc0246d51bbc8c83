import type { Locale } from "@/lib/i18n/locales";
import type { Answers, SectionId } from "@/lib/questionnaire/types";
import type { RoundChange } from "@/lib/scoring/round-change";
import type { AssessmentScores, DatasetComparison } from "@/lib/scoring/types";

/**
 * Everything the report shows, gathered by the route (lib/data/reports) or the benchmark script: the
 * assessment, its agency, its answers and the STORED score snapshot. The document never scores.
 */
export type ReportData = {
  locale: Locale;
  agency: { name: string; countryCode: string; region: string };
  assessment: { id: string; round: number; status: string; submittedAt: Date | null };
  answers: Answers;
  comments: Partial<Record<SectionId, string>>;
  /** The stored snapshot (its id keys the stored PDF, lib/data/reports/report-cache). */
  snapshot: { id: string; scores: AssessmentScores; createdAt: Date };
  /** The previous round's stored snapshot against this one, when the assessment continues a round. */
  previousRound: { round: number; change: RoundChange } | null;
  /** The live cohorts (approved assessments in this installation) as of `generatedAt`: never stored in the snapshot. */
  liveComparisons: DatasetComparison[];
  generatedAt: Date;
};
