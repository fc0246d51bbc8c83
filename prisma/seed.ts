/**
 * Seeds the database: the built-in benchmark datasets always; demo agencies and users only with --demo
 * (or SEED_DEMO=1). Idempotent: safe to run on every start.
 */
import { createPrismaClient } from "@/lib/db-client";
import { getEnv } from "@/lib/env";
import { seedDatasets } from "./seed/seed-datasets";
import { seedDemo } from "./seed/seed-demo";

async function main() {
  const withDemo = process.argv.includes("--demo") || process.env.SEED_DEMO === "1";
  const db = createPrismaClient(getEnv().DATABASE_URL);
  try {
    await seedDatasets(db);
    if (withDemo) await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
