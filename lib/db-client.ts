import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { closeReadWorker, registerSqliteFile } from "@/lib/db-read-worker";

/**
 * SQLite settings applied to every connection the app opens (README, "Database"):
 * - journal_mode=WAL: readers never block the writer nor the writer the readers (a coordinator's export
 *   does not hold up a respondent's save), and several app processes can share the file;
 * - synchronous=NORMAL: in WAL mode a commit no longer waits for the disk; it survives an app crash, and
 *   a power loss can lose only the last commits (never corrupt the file);
 * - busy_timeout=5000: a write that meets another process's write lock waits up to 5 s instead of failing;
 * - optimize (SQLite's advice for long-lived connections, bounded by analysis_limit): refreshes the planner's
 *   statistics, without which it prefers a unique index over the covering indexes of the score aggregates.
 */
export const SQLITE_PRAGMAS =
  "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002;";

/** The better-sqlite3 adapter, with SQLITE_PRAGMAS run on each connection before any query. */
class SqliteWithPragmas implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(url: string) {
    this.#inner = new PrismaBetterSqlite3({ url, timeout: 5000 });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    beginTransactionsImmediately(adapter);
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#inner.connectToShadowDb();
  }
}

/**
 * The adapter opens every transaction with a deferred `BEGIN`: it reads first and asks for the write lock
 * later, and when another process (a second app instance on the same file) wrote in between, SQLite cannot
 * upgrade it and fails at once, without waiting out busy_timeout (saves failed with P1008 under
 * `npm run bench:autosave` with two processes). `BEGIN IMMEDIATE` takes the write lock up front, so a
 * transaction waits its turn (busy_timeout) instead. The adapter has no option for it: its better-sqlite3
 * handle's `prepare` is wrapped for that one statement.
 */
function beginTransactionsImmediately(adapter: SqlDriverAdapter): void {
  const client = (adapter as unknown as { client: { prepare: (sql: string) => unknown } }).client;
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
}

/**
 * Creates a Prisma client for a database URL. SQLite (file:) is the embedded default; PostgreSQL uses the
 * client generated from prisma/postgres/schema.prisma (the same models, derived from prisma/schema.prisma).
 * Used by the app (lib/db.ts), the seed and the scripts.
 */
export function createPrismaClient(url: string, options: { poolSize?: number } = {}): PrismaClient {
  if (url.startsWith("file:")) {
    const client = new PrismaClient({ adapter: new SqliteWithPragmas(url) });
    // Long aggregates run on a worker thread with its own connection (lib/db-read-worker.ts), closed with the client.
    registerSqliteFile(client, url);
    const disconnect = client.$disconnect.bind(client);
    client.$disconnect = async () => {
      await closeReadWorker(client);
      await disconnect();
    };
    return client;
  }
  // The two generated clients have the same models and API; only the SQL dialect differs.
  // `max` bounds this process's connections (DATABASE_POOL_SIZE; README, "Production deployment"): with N
  // instances, N × pool size must stay below the server's max_connections.
  const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 });
  return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
}
