import type { AssessmentStatus } from "@/lib/generated/prisma/client";
import type { Answers, SectionId } from "@/lib/questionnaire/types";

export type { AssessmentStatus };

/** Respondents can change answers only while the assessment is a draft or has been returned to them. */
export const EDITABLE_STATUSES = ["DRAFT", "RETURNED"] as const satisfies readonly AssessmentStatus[];

export function isEditableStatus(status: AssessmentStatus): boolean {
  return (EDITABLE_STATUSES as readonly AssessmentStatus[]).includes(status);
}

/** Required items answered, for a progress bar. */
export type CompletionSummary = { requiredAnswered: number; required: number; answered: number; total: number; percent: number };

/** One row of an agency's assessments list. */
export type AssessmentSummary = {
  id: string;
  agencyId: string;
  agencyName: string;
  /** The agency's region (enum value): what its results are compared with depends on it. */
  agencyRegion: string;
  round: number;
  status: AssessmentStatus;
  instrumentVersion: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  completion: CompletionSummary;
};

/** One assessment with its answers and section comments, as the pages, results and report read it. */
export type AssessmentDetail = AssessmentSummary & {
  answers: Answers;
  /** Section comments, keyed by section id; sections without a comment are absent. */
  comments: Partial<Record<SectionId, string>>;
  /** True when the signed-in user may change answers now (their agency, respondent role, editable status). */
  isEditable: boolean;
  /** The version of each stored answer, keyed by item id (co-editing: a save names the one it changed). */
  versions: Record<string, number>;
};
