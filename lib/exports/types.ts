import type { Answers } from "@/lib/questionnaire/types";
import type { AssessmentScores } from "@/lib/scoring/types";

/** One assessment as the exports read it (built by lib/data/exports from the database). */
export type ExportRecord = {
  id: string;
  agencyName: string;
  countryCode: string;
  region: string;
  round: number;
  status: string;
  instrumentVersion: string;
  submittedAt: Date | null;
  approvedAt: Date | null;
  answers: Answers;
  /** The current snapshot's scores; null before the first submission. */
  scores: Pick<AssessmentScores, "scoringModelVersion" | "dimensions" | "indices"> | null;
};
