"use server";

import { liveCohortOptOutSchema } from "@/lib/benchmarks/live-cohort-opt-out-schema";
import { setLiveCohortOptOut } from "@/lib/data/agencies";
import { fail } from "@/lib/result";
import { defineAction } from "./define-action";

/** A respondent opts their agency out of (or back into) the live cohorts (methodology §5). Audited. */
export const setLiveCohortOptOutAction = defineAction(
  {
    schema: liveCohortOptOutSchema,
    permission: "assessment:fill",
    revalidate: [{ path: "/assessments", type: "layout" }],
    onInvalid: () => fail("invalid"),
  },
  (input, user) => setLiveCohortOptOut(user, input.optOut),
);
