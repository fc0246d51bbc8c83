/**
 * Online backup and restore of the embedded SQLite database, with SQLite's backup API (through
 * better-sqlite3): the copy is one consistent snapshot of the database taken while the app keeps saving.
 * The whole copy is made in one step: one read transaction, which in WAL mode never blocks a writer, and
 * which a concurrent write cannot restart (a step-by-step copy restarts whenever another connection writes,
 * and a busy questionnaire writes every few seconds). Both files are checked with `PRAGMA integrity_check`.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const ALL_PAGES_IN_ONE_STEP = 0x7fffffff;

export class BackupError extends Error {
  override name = "BackupError";
}

/** `ok`, or SQLite's first complaints. */
export function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    const broken = db.pragma("foreign_key_check") as unknown[];
    const result = rows.map((row) => row.integrity_check).join("; ");
    return result === "ok" && broken.length > 0 ? `${broken.length} foreign key violation(s)` : result;
  } finally {
    db.close();
  }
}

function hasMigrationTable(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get() !== undefined;
  } finally {
    db.close();
  }
}

/** Copies `source` (which may be in use) to `target` (a new file; written beside it, then renamed). */
async function copyDatabase(source: string, target: string): Promise<number> {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    const { totalPages } = await db.backup(partial, { progress: () => ALL_PAGES_IN_ONE_STEP });
    renameSync(partial, target);
    return totalPages;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

export async function backupSqlite(databaseFile: string, outFile: string): Promise<{ pages: number }> {
  if (!existsSync(databaseFile)) throw new BackupError(`No database at ${databaseFile}`);
  if (existsSync(outFile)) throw new BackupError(`${outFile} exists already; choose a new file name`);
  const pages = await copyDatabase(databaseFile, outFile);
  const integrity = integrityOf(outFile);
  if (integrity !== "ok") throw new BackupError(`The backup failed its integrity check: ${integrity}`);
  return { pages };
}

/**
 * Replaces the database with a backup. Every app process must be stopped first (an open connection would
 * keep writing to the replaced file). The current database, if any, is kept beside it as
 * `<name>.before-restore-<timestamp>`, its WAL checkpointed into it first so that it is complete.
 */
export async function restoreSqlite(backupFile: string, databaseFile: string, now: Date = new Date()): Promise<{ previous: string | null }> {
  if (!existsSync(backupFile)) throw new BackupError(`No backup at ${backupFile}`);
  const integrity = integrityOf(backupFile);
  if (integrity !== "ok") throw new BackupError(`The backup failed its integrity check: ${integrity}`);
  if (!hasMigrationTable(backupFile)) throw new BackupError(`${backupFile} is not a database of this application (no _prisma_migrations table)`);

  let previous: string | null = null;
  if (existsSync(databaseFile)) {
    const current = new Database(databaseFile, { timeout: 5000 });
    current.pragma("wal_checkpoint(TRUNCATE)");
    current.close();
    previous = `${databaseFile}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(databaseFile, previous);
  }
  // A WAL or shared-memory file left beside the new database would be replayed into it.
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${databaseFile}${suffix}`, { force: true });
  await copyDatabase(backupFile, databaseFile);
  const restored = integrityOf(databaseFile);
  if (restored !== "ok") throw new BackupError(`The restored database failed its integrity check: ${restored}`);
  return { previous: previous && path.resolve(previous) };
}
