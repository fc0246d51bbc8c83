import { createPrismaClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The database the e2e server uses, through the app's own client factory (SQLite file or PostgreSQL URL).
 * playwright.config.ts sets E2E_DATABASE_URL to the URL scripts/e2e-server.sh gives the server; the default
 * is that script's SQLite file, so a spec run with an explicit config still finds it.
 */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./e2e/.tmp/e2e.db";

let client: PrismaClient | undefined;

/** One client per Playwright worker process, opened on first use. */
export function e2eDb(): PrismaClient {
  client ??= createPrismaClient(E2E_DATABASE_URL);
  return client;
}
