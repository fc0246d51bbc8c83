import { getEnv } from "@/lib/env";

/**
 * A `contains` filter that ignores case on both databases, for the search boxes. SQLite's LIKE already
 * ignores ASCII case; PostgreSQL's is case-sensitive, so there the filter asks for ILIKE (Prisma's
 * `mode: "insensitive"`, which the SQLite client does not have, hence the cast to the shared type).
 */
export function containsText(text: string): { contains: string } {
  const isPostgres = !getEnv().DATABASE_URL.startsWith("file:");
  return (isPostgres ? { contains: text, mode: "insensitive" } : { contains: text }) as { contains: string };
}
