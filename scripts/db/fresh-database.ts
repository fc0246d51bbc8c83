/**
 * Makes the database a URL names empty: `tsx scripts/db/fresh-database.ts <url>`.
 *   file:…          deletes the SQLite file and its WAL/journal companions (a stale -wal would be replayed);
 *   postgresql://…  drops the database (closing its connections) and creates it again, through the server's
 *                   `postgres` database with the URL's role, which needs CREATEDB.
 * For test runs only (scripts/e2e-server.sh): never point it at a database you want to keep.
 */
import { rmSync } from "node:fs";
import pg from "pg";
import { providerFromUrl, redactUrl, sqliteFilePath } from "./migrations";

export async function freshDatabase(url: string): Promise<void> {
  if (providerFromUrl(url) === "sqlite") {
    const file = sqliteFilePath(url);
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    return;
  }
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`Refusing database name "${database}": letters, digits and _ only`);
  parsed.pathname = "/postgres";
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  } catch (error) {
    throw new Error(`Could not recreate ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await client.end();
  }
}

const url = process.argv[2];
if (!url) {
  console.error("Usage: tsx scripts/db/fresh-database.ts <database url>");
  process.exitCode = 1;
} else {
  freshDatabase(url).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
