import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eDatabaseUrl } from "./e2e/support/server-database";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The database the server uses (SQLite, or PostgreSQL with E2E_DATABASE=postgres), also for the data helpers
// in the test workers, which inherit this environment.
process.env.E2E_DATABASE_URL ??= e2eDatabaseUrl(PORT);
const debianChromium = "/usr/bin/chromium";

/**
 * End-to-end journeys against the built app (next build + next start) on its own fresh database, SQLite or
 * PostgreSQL (scripts/e2e-server.sh). Debian's Chromium when present, Playwright's own browser otherwise.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // One server and one database: journeys run one after another so that they never race on shared rows.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: existsSync(debianChromium)
      ? {
          executablePath: debianChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `bash scripts/e2e-server.sh ${PORT}`,
    url: `http://127.0.0.1:${PORT}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
    stdout: "pipe",
    stderr: "pipe",
  },
});
