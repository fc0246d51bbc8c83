"use server";

import { confirmSection, startNextRound } from "@/lib/data/assessments";
import { mapResult } from "@/lib/result";
import { confirmSectionSchema, startNextRoundSchema } from "@/lib/rounds/schemas";
import { defineAction } from "./define-action";

export const startNextRoundAction = defineAction(
  { schema: startNextRoundSchema, permission: "assessment:fill", redirectTo: (data: { id: string }) => `/assessments/${data.id}` },
  (input, user) => startNextRound(user, input),
);

export const confirmSectionAction = defineAction(
  { schema: confirmSectionSchema, permission: "assessment:fill", revalidate: (input) => [`/assessments/${input.assessmentId}`] },
  async (input, user) => mapResult(await confirmSection(user, input), (data) => ({ confirmedAt: data.confirmedAt.toISOString() })),
);
