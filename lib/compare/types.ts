import type { AssessmentStatus } from "@/lib/enums";
import type { DimensionId } from "@/lib/questionnaire/types";
import type { IndexId } from "@/lib/scoring/types";

/** One compared assessment: who, which round, and its stored scores (typed columns, never recomputed). */
export type ComparedAssessment = {
  assessmentId: string;
  agencyName: string;
  countryCode: string;
  region: string;
  round: number;
  status: AssessmentStatus;
  dimensions: Record<DimensionId, number | null>;
  indices: Record<IndexId, number | null>;
};

/** A candidate in the picker: an assessment with scores. */
export type CompareCandidate = { assessmentId: string; agencyName: string; countryCode: string; round: number; status: AssessmentStatus };
