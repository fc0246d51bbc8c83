"use server";

import { addReviewComment, decideReview } from "@/lib/data/coordinator";
import { approveAssessmentSchema, returnAssessmentSchema, reviewCommentSchema } from "@/lib/review/schemas";
import { defineAction, type RevalidateTarget } from "./define-action";

/* The coordinator's review: the data layer checks the status transition inside its transaction. */

const reviewPages = (input: { assessmentId: string }): RevalidateTarget[] => [`/coordinator/assessments/${input.assessmentId}`, "/coordinator"];

export const addReviewCommentAction = defineAction(
  { schema: reviewCommentSchema, permission: "assessment:review", revalidate: reviewPages },
  (input, user) => addReviewComment(user, input),
);

export const returnAssessmentAction = defineAction(
  { schema: returnAssessmentSchema, permission: "assessment:review", revalidate: reviewPages },
  (input, user) => decideReview(user, { assessmentId: input.assessmentId, decision: "return", reason: input.reason }),
);

export const approveAssessmentAction = defineAction(
  { schema: approveAssessmentSchema, permission: "assessment:review", revalidate: reviewPages },
  (input, user) => decideReview(user, { assessmentId: input.assessmentId, decision: "approve" }),
);
