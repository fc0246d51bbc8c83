import { z } from "zod";
import { REGIONS } from "@/lib/admin/schemas";

/**
 * The study's inputs (freezing a cohort, the regional report, compare), shared by the forms and the server.
 * Messages are catalogue keys.
 */

/** A round is the year of the assessment. */
export const roundSchema = z.coerce.number({ error: "study.errors.round" }).int({ error: "study.errors.round" }).min(2000, { error: "study.errors.round" }).max(2100, { error: "study.errors.round" });

export const regionSchema = z.enum(REGIONS, { error: "study.errors.region" });

/** Freeze the live cohort of one region and round into a dataset version (a draft, previewed then published). */
export const freezeCohortSchema = z.object({ region: regionSchema, round: roundSchema });
export type FreezeCohortInput = z.infer<typeof freezeCohortSchema>;

/** The regional report: a region, a round, and whether to add the annex of agencies that agreed to be named. */
export const regionalReportQuerySchema = z.object({
  region: regionSchema,
  round: roundSchema,
  annex: z.enum(["none", "named"]).default("none"),
});
export type RegionalReportQuery = z.infer<typeof regionalReportQuerySchema>;
