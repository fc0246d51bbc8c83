/**
 * npm run db:backup -- --out backups/pes-2026-12-03.db    an online copy of the SQLite database (the app may run)
 * npm run db:restore -- --in backups/pes-2026-12-03.db    replaces the database with a copy (stop the app first)
 * DATABASE_URL picks the database (default file:./data/dev.db). PostgreSQL has its own tools: pg_dump and
 * pg_restore (README, "Backups"); this script says so rather than half-doing it.
 */
import { realpathSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BackupError, backupSqlite, restoreSqlite } from "./backup-sqlite";
import { DEFAULT_DATABASE_URL, providerFromUrl, sqliteFilePath } from "./migrations";

const POSTGRES_HELP = `DATABASE_URL is PostgreSQL: use its own tools (README, "Backups"):
  pg_dump --format=custom --file=pes.dump "$DATABASE_URL"
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" pes.dump`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

export async function main(command: string | undefined, args: string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (providerFromUrl(url) === "postgresql") {
    console.error(POSTGRES_HELP);
    return 2;
  }
  const database = sqliteFilePath(url);
  if (command === "backup") {
    const out = option(args, "--out");
    if (!out) throw new BackupError("Usage: npm run db:backup -- --out <file>");
    const { pages } = await backupSqlite(database, path.resolve(out));
    console.log(`Backed up ${database} to ${path.resolve(out)} (${pages} pages, integrity ok).`);
    return 0;
  }
  if (command === "restore") {
    const input = option(args, "--in");
    if (!input) throw new BackupError("Usage: npm run db:restore -- --in <file>   (stop every app process first)");
    const { previous } = await restoreSqlite(path.resolve(input), database);
    console.log(`Restored ${database} from ${path.resolve(input)} (integrity ok).${previous ? ` The previous database is kept at ${previous}.` : ""}`);
    console.log("Run `npm run db:deploy` if the backup is older than this version of the application.");
    return 0;
  }
  throw new BackupError("Usage: tsx scripts/db/backup.ts backup --out <file> | restore --in <file>");
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isEntryPoint) {
  main(process.argv[2], process.argv.slice(3)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof BackupError ? error.message : error);
      process.exit(1);
    },
  );
}
