import { z } from "zod";

/**
 * The filters of the submissions overview, read from the URL's search params. The overview page and the
 * export route handler parse the same params with this one schema, so an export is exactly the filtered
 * list. A value that does not parse is dropped (a hand-edited URL shows the unfiltered list, not an error).
 */
export const SUBMISSION_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;
export const SUBMISSION_REGIONS = ["AP", "LAC", "AFRICA", "EUROPE", "ARAB_STATES", "NORTH_AMERICA", "OTHER"] as const;
export const SUBMISSION_SORTS = ["agency", "round", "submitted", "status", "updated", "digital_maturity", "youth_readiness"] as const;
export const PAGE_SIZE = 25;

export type SubmissionSort = (typeof SUBMISSION_SORTS)[number];

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** One value of a search param (`?a=1&a=2` gives an array: the first one counts). */
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value);

export const submissionFiltersSchema = z.object({
  status: z.preprocess(single, optional(z.enum(SUBMISSION_STATUSES))),
  region: z.preprocess(single, optional(z.enum(SUBMISSION_REGIONS))),
  country: z.preprocess(
    single,
    optional(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/),
    ),
  ),
  round: z.preprocess(single, optional(z.coerce.number().int().min(2000).max(2100))),
  q: z.preprocess(single, optional(z.string().trim().max(100))),
  sort: z.preprocess(single, z.enum(SUBMISSION_SORTS).catch("updated")),
  dir: z.preprocess(single, z.enum(["asc", "desc"]).catch("desc")),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export type SubmissionFilters = z.output<typeof submissionFiltersSchema>;

export function parseSubmissionFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): SubmissionFilters {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params.entries()) : params;
  return submissionFiltersSchema.parse(record);
}

/**
 * The filters as search params, leaving out defaults, for links (pagination, sorting, export). `page` is
 * left out unless given, so changing a filter or the sort starts again on the first page.
 */
export function toSearchParams(filters: Partial<SubmissionFilters>, overrides: Partial<SubmissionFilters> = {}): URLSearchParams {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of ["status", "region", "country", "round", "q", "sort", "dir", "page"] as const) {
    const value = merged[key];
    if (value === undefined || value === "") continue;
    if (key === "sort" && value === "updated") continue;
    if (key === "dir" && value === "desc") continue;
    if (key === "page" && value === 1) continue;
    params.set(key, String(value));
  }
  return params;
}
