import { defineConfig } from "prisma/config";

// The URL is read here (Prisma 7 keeps it out of the schema). The CLI only generates clients on this
// machine; migrations go through scripts/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/dev.db" },
});
