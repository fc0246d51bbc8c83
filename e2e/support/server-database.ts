/**
 * Which database the e2e server runs on, chosen once in playwright.config.ts and handed to the server
 * (scripts/e2e-server.sh) and to the test workers (e2e/support/data) as E2E_DATABASE_URL:
 *   E2E_DATABASE=sqlite (default)  file:./e2e/.tmp/e2e.db
 *   E2E_DATABASE=postgres          database `pes_e2e_<port>` on the server of E2E_POSTGRES_URL, else
 *                                  TEST_POSTGRES_URL (npm test starts a throw-away cluster and sets it);
 *                                  the role needs CREATEDB (the server script drops and recreates it).
 */
export type E2eDatabase = "sqlite" | "postgres";

export function e2eDatabase(): E2eDatabase {
  const kind = process.env.E2E_DATABASE ?? "sqlite";
  if (kind !== "sqlite" && kind !== "postgres") throw new Error(`E2E_DATABASE must be sqlite or postgres, not "${kind}"`);
  return kind;
}

export function e2eDatabaseUrl(port: number): string {
  if (e2eDatabase() === "sqlite") return "file:./e2e/.tmp/e2e.db";
  const server = process.env.E2E_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (!server) {
    throw new Error(
      "E2E_DATABASE=postgres needs E2E_POSTGRES_URL=postgresql://… (a role with CREATEDB). `npm test` starts a throw-away cluster itself (scripts/pg-test-cluster.sh).",
    );
  }
  const url = new URL(server);
  url.pathname = `/pes_e2e_${port}`;
  return url.toString();
}

/** Whether the e2e server runs on PostgreSQL (the multi-instance journey needs a shared server). */
export function isPostgresRun(): boolean {
  return /^postgres(ql)?:\/\//.test(process.env.E2E_DATABASE_URL ?? "");
}
