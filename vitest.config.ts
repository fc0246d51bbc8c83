import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));
const include = ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"];

/** The test files that take their database from createTestDatabase (lib/testing): they run on both databases. */
function databaseTestFiles(): string[] {
  return ["lib", "scripts", "prisma"].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".test.ts") && !file.includes("node_modules"))
      .map((file) => path.join(dir, file))
      .filter((file) => readFileSync(path.join(root, file), "utf8").includes("createTestDatabase(")),
  );
}

// With TEST_POSTGRES_URL (npm test sets it from its throw-away cluster), a second project runs the database
// tests on PostgreSQL; without it, everything runs on SQLite only (npm run test:sqlite).
const postgresProject = process.env.TEST_POSTGRES_URL
  ? [{ extends: true as const, test: { name: "postgresql", include: databaseTestFiles(), env: { TEST_DATABASE: "postgresql" } } }]
  : [];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; unit tests import server modules directly.
      "server-only": fileURLToPath(new URL("./lib/testing/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    projects: [{ extends: true, test: { name: "sqlite", include, env: { TEST_DATABASE: "sqlite" } } }, ...postgresProject],
  },
});
