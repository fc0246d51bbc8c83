/**
 * Migrations without Prisma's native engine (it cannot be downloaded here):
 *   npm run db:migrate -- --name add_x   writes prisma/migrations/<timestamp>_add_x/migration.sql
 *   npm run db:deploy                    applies pending migrations, recorded in _prisma_migrations
 * DATABASE_URL picks the database: file:… (SQLite, default file:./data/dev.db) or postgresql://….
 */
import { mkdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  assertLockfileProvider,
  buildMigrationList,
  DEFAULT_DATABASE_URL,
  listMigrations,
  type MigrationTarget,
  resolveTarget,
  sqliteFilePath,
  writeMigration,
} from "./migrations";
import { type EngineSession, openSchemaEngine } from "./schema-engine";

export interface MigrateOptions {
  url: string;
  /** Defaults to prisma/schema.prisma (SQLite) or prisma/postgres/schema.prisma (PostgreSQL). */
  schemaPath?: string;
  /** Defaults to prisma/migrations (SQLite) or prisma/postgres/migrations (PostgreSQL). */
  migrationsDir?: string;
  /** Engine log lines (JSON); by default only warnings and errors are printed. */
  log?: (line: string) => void;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

async function withEngine<T>(options: MigrateOptions, run: (session: EngineSession, target: MigrationTarget) => Promise<T>): Promise<T> {
  const target = resolveTarget(options.url, options);
  assertLockfileProvider(target.migrationsDir, target.provider);
  // better-sqlite3 creates the database file, but not its folder.
  if (target.provider === "sqlite") mkdirSync(path.dirname(sqliteFilePath(target.url)), { recursive: true });
  const session = await openSchemaEngine({
    provider: target.provider,
    url: target.url,
    schemaPath: target.schemaPath,
    schemaContent: readFileSync(target.schemaPath, "utf8"),
    log: options.log,
  });
  try {
    return await run(session, target);
  } catch (error) {
    throw session.decodeError(error);
  } finally {
    await session.close();
  }
}

export interface CreatedMigration {
  /** e.g. `20260101120000_init`; null when the schema matches the migrations (nothing written). */
  name: string | null;
  file: string | null;
  sql: string | null;
}

/**
 * Writes a migration from the state the existing migrations produce (replayed on a shadow database) to
 * the schema. Writes nothing when they already match. Never touches the main database's tables.
 */
export function createMigration(options: MigrateOptions & { name: string; now?: Date }): Promise<CreatedMigration> {
  return withEngine(options, async ({ engine }, target) => {
    const migrations = listMigrations(target.migrationsDir);
    const schema = readFileSync(target.schemaPath, "utf8");
    const result = await engine.diff({
      // From nothing when there is no history yet: no shadow database needed.
      from: migrations.length === 0 ? { tag: "empty" } : { tag: "migrations", ...buildMigrationList(target.migrationsDir, migrations) },
      to: { tag: "schemaDatamodel", files: [{ path: target.schemaPath, content: schema }] },
      script: true,
      // With exitCode set, the engine answers 2 for a non-empty diff; the script of an empty one is a comment.
      exitCode: true,
      filters: NO_FILTERS,
    });
    if (result.exitCode !== 2 || !result.stdout) return { name: null, file: null, sql: null };
    const written = writeMigration({
      migrationsDir: target.migrationsDir,
      provider: target.provider,
      name: options.name,
      sql: result.stdout,
      now: options.now,
    });
    return { name: written.name, file: written.file, sql: result.stdout };
  });
}

/** Applies the migrations not yet in `_prisma_migrations`, in order; returns their names. */
export function deployMigrations(options: MigrateOptions): Promise<{ applied: string[] }> {
  return withEngine(options, async ({ engine }, target) => {
    const migrationsList = buildMigrationList(target.migrationsDir, listMigrations(target.migrationsDir));
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return { applied: appliedMigrationNames };
  });
}

// ------------------------------------------------------------------------------------------------- CLI

function parseArgs(argv: string[]): { command: string | undefined; name: string } {
  const [command, ...rest] = argv;
  let name = "migration";
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (arg === "--name" || arg === "-n") name = rest[++i] ?? "";
    else if (arg.startsWith("--name=")) name = arg.slice("--name=".length);
    else throw new Error(`Unknown argument "${arg}"`);
  }
  if (name.trim() === "") throw new Error("--name needs a value");
  return { command, name };
}

async function main(argv: string[]): Promise<void> {
  const { command, name } = parseArgs(argv);
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const relative = (file: string) => path.relative(process.cwd(), file);
  if (command === "create") {
    const created = await createMigration({ url, name });
    console.log(created.file ? `Created ${relative(created.file)}` : "No schema changes: nothing to create.");
  } else if (command === "deploy") {
    const { applied } = await deployMigrations({ url });
    if (applied.length === 0) console.log("No pending migrations.");
    else console.log(`Applied ${applied.length} migration(s):\n${applied.map((m) => `  - ${m}`).join("\n")}`);
  } else {
    throw new Error("Usage: tsx scripts/db/migrate.ts create [--name <name>] | deploy");
  }
}

/** Run only as a script, not when the tests import the functions above. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? `Migration failed: ${error.message}` : error);
    process.exitCode = 1;
  });
}
