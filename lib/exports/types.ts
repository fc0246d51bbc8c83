import type { Answers, DimensionId } from "@/lib/questionnaire/types";
import type { Stage } from "@/lib/scoring/stages";
import type { IndexId } from "@/lib/scoring/types";

/** The scores an export shows: the current snapshot's typed columns (full precision). */
export type StoredScores = {
  scoringModelVersion: string;
  dimensions: Record<DimensionId, { score: number | null; stage: Stage | null; status: "scored" | "insufficient" }>;
  indices: Record<IndexId, { value: number | null; stage: Stage | null }>;
};

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
  scores: StoredScores | null;
};
