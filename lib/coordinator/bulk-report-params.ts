import { z } from "zod";
import { ASSESSMENT_STATUSES, REGIONS } from "@/lib/enums";
import { LOCALES } from "@/lib/i18n/locales";
import { parseSubmissionFilters, type SubmissionFilters } from "./submission-filters";

/**
 * The bulk download's parameters: the overview's filters, checked strictly (the page drops a bad value
 * and shows the whole list; a download of the wrong list must not start, so a bad value is a 400), and
 * the reports' language.
 */
const strictSchema = z.object({
  lang: z.enum(LOCALES),
  status: z.enum(ASSESSMENT_STATUSES).optional(),
  region: z.enum(REGIONS).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional(),
  round: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().max(100).optional(),
});

export function parseBulkReportParams(params: URLSearchParams): { filters: SubmissionFilters; lang: (typeof LOCALES)[number] } | null {
  const given = Object.fromEntries([...params.entries()].filter(([key, value]) => value !== "" && key in strictSchema.shape));
  const parsed = strictSchema.safeParse(given);
  if (!parsed.success) return null;
  return { filters: parseSubmissionFilters(params), lang: parsed.data.lang };
}
