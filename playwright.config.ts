import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eDatabaseUrl } from "./e2e/support/server-database";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The database the server uses (SQLite, or PostgreSQL with E2E_DATABASE=postgres), also for the data helpers
// in the test workers, which inherit this environment.
process.env.E2E_DATABASE_URL ??= e2eDatabaseUrl(PORT);
// Where the run's SMTP server (global setup) leaves the mail it catches, for the workers to read.
process.env.E2E_MAIL_DIR ??= `e2e/.tmp/mail-${PORT}`;
// The app instances' session key (scripts/e2e-app.sh), also for the workers: signOut revokes the session its
// cookie names (e2e/support/data/sessions.ts).
process.env.E2E_AUTH_SECRET ??= "e2e-only-secret-not-for-production-0123456789";
const debianChromium = "/usr/bin/chromium";

/**
 * End-to-end journeys against the built app (next build + next start) on its own fresh database, SQLite or
 * PostgreSQL (scripts/e2e-server.sh). Debian's Chromium when present, Playwright's own browser otherwise.
 */
export default defineConfig({
  testDir: "e2e",
  // Every journey creates its own data (e2e/support/data), so tests run in any order, on several workers,
  // and a retried test starts again on data of its own.
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  globalSetup: "./e2e/support/mail-server.ts",
  // Generous: two workers share the machine, and every sign-in and password change runs bcrypt at the app's cost.
  timeout: 90_000,
  expect: { timeout: 20_000 },
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
