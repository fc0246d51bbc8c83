import type { PrismaClient } from "@/lib/generated/prisma/client";

export type SqlClient = Pick<PrismaClient, "$queryRaw">;

/**
 * SQLite and PostgreSQL differ in a few SQL functions (JSON aggregation and unnesting); the client knows
 * which database it talks to. Everything else the raw queries use is common SQL.
 */
export function isPostgres(client: SqlClient): boolean {
  return (client as { _activeProvider?: string })._activeProvider === "postgresql";
}
