import { z } from "zod";

/** An agency's choice to stay out of (or come back into) the live cohorts (methodology §5). Form and action share it. */
export const liveCohortOptOutSchema = z.object({ optOut: z.boolean() });
export type LiveCohortOptOut = z.infer<typeof liveCohortOptOutSchema>;
