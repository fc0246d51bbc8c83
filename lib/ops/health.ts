import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { errorFields, logger } from "@/lib/log/logger";
import { listMigrations, providerFromUrl } from "@/scripts/db/migrations";

/**
 * What a load balancer needs to know before sending an instance traffic (GET /api/health):
 * - the database answers (a query, within HEALTH_TIMEOUT_MS: a database that hangs is down too);
 * - every migration committed with this build is applied (an instance started before `npm run db:deploy`
 *   would fail on the first query that needs the new schema).
 * Migrations the database has and this build does not know are fine: during a rolling deployment the new
 * version migrates first, and the instances of the old one keep serving until they are replaced.
 * The answer holds counts and states only: no URL, no host, no version strings, no error text.
 */
export type Health = {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  migrations: { state: "applied" | "pending" | "unknown"; expected: number; applied: number; pending: number };
};

export const HEALTH_TIMEOUT_MS = 3000;

type MigrationRow = { migration_name: string };

export async function checkHealth(client: Pick<PrismaClient, "$queryRaw">, expected: readonly string[], timeoutMs = HEALTH_TIMEOUT_MS): Promise<Health> {
  let rows: MigrationRow[];
  try {
    rows = await withTimeout(
      client.$queryRaw<MigrationRow[]>`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeoutMs,
    );
  } catch (error) {
    // A database that answers but has no migration table at all is reachable and unmigrated.
    const reachable = await withTimeout(client.$queryRaw`SELECT 1`, timeoutMs).then(() => true, () => false);
    logger.warn({ event: "health-unavailable", database: reachable ? "ok" : "unreachable", err: errorFields(error) }, "health check failed");
    return {
      status: "unavailable",
      database: reachable ? "ok" : "unreachable",
      migrations: { state: reachable ? "pending" : "unknown", expected: expected.length, applied: 0, pending: reachable ? expected.length : 0 },
    };
  }
  const applied = new Set(rows.map((row) => row.migration_name));
  const pending = expected.filter((name) => !applied.has(name)).length;
  if (pending > 0) logger.warn({ event: "health-unavailable", pendingMigrations: pending }, "migrations not applied");
  return {
    status: pending === 0 ? "ok" : "unavailable",
    database: "ok",
    migrations: { state: pending === 0 ? "applied" : "pending", expected: expected.length, applied: applied.size, pending },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let committed: { url: string; names: string[] } | undefined;

/** The migrations committed with this build for the database DATABASE_URL names, read once from prisma/. */
export function committedMigrationNames(databaseUrl: string): string[] {
  if (committed?.url !== databaseUrl) {
    // Paths spelled out under prisma/ (the build traces that folder only, not the whole project).
    const dir = providerFromUrl(databaseUrl) === "sqlite" ? path.join(process.cwd(), "prisma", "migrations") : path.join(process.cwd(), "prisma", "postgres", "migrations");
    committed = { url: databaseUrl, names: listMigrations(dir).filter((m) => m.sql !== null).map((m) => m.name) };
  }
  return committed.names;
}
