import type { AssessmentStatus } from "@/lib/generated/prisma/client";

/**
 * The review workflow. Respondents move an assessment DRAFT → SUBMITTED and RETURNED → SUBMITTED
 * (lib/data/assessments/submit-assessment.ts); coordinators move it from SUBMITTED only: back to the
 * agency (RETURNED) or to APPROVED, which locks it for good.
 */
export type ReviewDecision = "return" | "approve";

const REVIEW_TRANSITIONS = {
  return: { from: ["SUBMITTED"], to: "RETURNED" },
  approve: { from: ["SUBMITTED"], to: "APPROVED" },
} as const satisfies Record<ReviewDecision, { from: readonly AssessmentStatus[]; to: AssessmentStatus }>;

/** Catalogue keys of the refusals, one per status the decision cannot start from. */
export const TRANSITION_ERRORS = {
  DRAFT: "coordinator.errors.notSubmittedDraft",
  RETURNED: "coordinator.errors.notSubmittedReturned",
  APPROVED: "coordinator.errors.alreadyApproved",
} as const;

export function targetStatusOf(decision: ReviewDecision): AssessmentStatus {
  return REVIEW_TRANSITIONS[decision].to;
}

/** `null` when the decision is allowed from this status, otherwise the message key explaining why not. */
export function transitionError(decision: ReviewDecision, from: AssessmentStatus): string | null {
  if ((REVIEW_TRANSITIONS[decision].from as readonly AssessmentStatus[]).includes(from)) return null;
  return TRANSITION_ERRORS[from as keyof typeof TRANSITION_ERRORS];
}

/** Comments are written while the coordinator reviews: on a submitted assessment, before deciding. */
export function canCommentOn(status: AssessmentStatus): boolean {
  return status === "SUBMITTED";
}
