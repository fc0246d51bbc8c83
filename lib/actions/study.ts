"use server";

import { setStudyNamingConsent } from "@/lib/data/agencies";
import { freezeLiveCohort } from "@/lib/data/live-items/freeze-live-cohort";
import { fail } from "@/lib/result";
import { freezeCohortSchema, namingConsentSchema } from "@/lib/study/schemas";
import { defineAction } from "./define-action";

/**
 * Freezes the live cohort of a region and round into a new draft dataset version, then opens its preview
 * (published from there like an imported version). Nothing is published here.
 */
export const freezeLiveCohortAction = defineAction(
  {
    schema: freezeCohortSchema,
    permission: "dataset:import",
    revalidate: ["/coordinator/datasets"],
    redirectTo: (data: { id: string }) => `/coordinator/datasets/${data.id}`,
  },
  (input, user) => freezeLiveCohort(user, input),
);

/** A respondent's agency agrees (or stops agreeing) to be named in the annex of regional reports. Audited. */
export const setStudyNamingConsentAction = defineAction(
  {
    schema: namingConsentSchema,
    permission: "assessment:fill",
    revalidate: ["/agency"],
    onInvalid: () => fail("invalid"),
  },
  (input, user) => setStudyNamingConsent(user, input.consent),
);
