import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";

/**
 * Creates a Prisma client for a database URL. SQLite (file:) is the embedded default; PostgreSQL uses the
 * client generated from prisma/postgres/schema.prisma (the same models, derived from prisma/schema.prisma).
 * Used by the app (lib/db.ts), the seed and the scripts.
 */
export function createPrismaClient(url: string): PrismaClient {
  if (url.startsWith("file:")) {
    return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }) });
  }
  // The two generated clients have the same models and API; only the SQL dialect differs.
  return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
}
