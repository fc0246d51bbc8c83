/**
 * prisma/schema.prisma (SQLite) is the one source of truth for the models. The PostgreSQL schema is derived
 * from it: same models, other provider, other generated-client folder. `npm run db:generate` rewrites it;
 * a unit test fails when the committed copy is stale.
 */
export function derivePostgresSchema(sqliteSchema: string): string {
  const derived = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output   = "../lib/generated/prisma"', 'output   = "../../lib/generated/prisma-postgres"');
  return `// GENERATED from prisma/schema.prisma by scripts/db/generate.ts: do not edit.\n${derived}`;
}
