import { recordIdSchema } from "@/lib/admin/schemas";

/**
 * Whether a string can be a stored id (recordIdSchema). Readers given an id from a URL check it first:
 * PostgreSQL refuses some text outright (a NUL byte is an error, not "no row"), so anything that cannot be
 * an id is "not found" before any query, the same on both databases.
 */
export function isRecordId(id: string): boolean {
  return recordIdSchema.safeParse(id).success;
}
