import { z } from "zod";
import { REGIONS } from "@/lib/enums";

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

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The regional report's query read from a URL's search params (the page and the PDF route): no region
 * yet is not an error (the page shows the form), a bad one is (`error` is a catalogue key).
 */
export function parseRegionalReportParams(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): { ok: true; data: RegionalReportQuery } | { ok: false; error: string | null } {
  const read = (key: string) => (params instanceof URLSearchParams ? (params.get(key) ?? undefined) : firstValue(params[key]));
  const raw = { region: read("region"), round: read("round"), annex: read("annex") };
  if (raw.region === undefined && raw.round === undefined) return { ok: false, error: null };
  const parsed = regionalReportQuerySchema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: parsed.error.issues[0]?.message ?? "study.errors.region" };
}

/** The agency's agreement to be named in the annex of regional reports (set by its respondents). */
export const namingConsentSchema = z.object({ consent: z.boolean() });
export type NamingConsentInput = z.infer<typeof namingConsentSchema>;
