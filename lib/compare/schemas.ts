import { z } from "zod";

/** At most this many assessments side by side: more bars per dimension would no longer read. */
export const MAX_COMPARED = 8;

const idSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/**
 * The compare view's selection from the URL (`?a=<assessmentId>&a=…&q=…`): the page, the CSV route and the
 * links that add or remove an assessment read it with this one schema. Duplicates are dropped.
 */
export const compareQuerySchema = z.object({
  a: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(idSchema).max(MAX_COMPARED, { error: "study.compare.errors.tooMany" }))
    .transform((ids) => [...new Set(ids)]),
  q: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().max(100).optional().catch(undefined)),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;

/** The compare URL for a selection (and an optional search). */
export function compareHref(ids: readonly string[], q?: string): string {
  const params = new URLSearchParams();
  for (const id of ids) params.append("a", id);
  if (q) params.set("q", q);
  const query = params.toString();
  return query ? `/coordinator/compare?${query}` : "/coordinator/compare";
}

/** URLSearchParams → the plain object the schema reads (repeated keys as arrays). */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length > 1 ? values : values[0]!;
  }
  return out;
}
