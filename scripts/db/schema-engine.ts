/**
 * Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven through driver
 * adapters. It replaces the native engine that `prisma migrate` would download (no internet here), and it
 * writes the same `_prisma_migrations` table.
 *
 * The adapters are wrapped to work around what the engine expects but the 7.10 adapters do not do
 * (see /work/shared/env-notes.md, "Prisma without a downloaded engine").
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type ErrorRegistry,
  type Provider as AdapterProvider,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import type { Provider } from "./migrations";

export type { SchemaEngine };

let bindingsReady: Promise<typeof wasmBindings> | null = null;

/**
 * The package's own entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot
 * load without --experimental-wasm-modules. So we do by hand what that entry does: instantiate the .wasm
 * with the JS glue as its import object, hand the instance back to the glue, and run its start function.
 */
export function loadSchemaEngineBindings(): Promise<typeof wasmBindings> {
  bindingsReady ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package's `exports` hide the .wasm file; it sits next to the exported glue module.
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
    const imports: WebAssembly.Imports = { "./schema_engine_bg.js": unrefEngineTimers({ ...wasmBindings }) };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    wasmBindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
    return wasmBindings;
  })();
  return bindingsReady;
}

/**
 * On PostgreSQL the engine races `pg_advisory_lock` against a 10 s setTimeout that it never clears (the
 * glue imports setTimeout but not clearTimeout), which kept every `deploy` alive 10 s after it finished.
 * Unref'd timers still fire while the process has work to do, but no longer hold it open.
 */
function unrefEngineTimers(glue: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  for (const [key, original] of Object.entries(glue)) {
    if (!key.startsWith("__wbg_setTimeout_") || typeof original !== "function") continue;
    const setTimer = original as (...args: unknown[]) => unknown;
    glue[key] = (...args: unknown[]): unknown => {
      const timer = setTimer(...args);
      if (typeof timer === "object" && timer !== null && "unref" in timer && typeof timer.unref === "function") timer.unref();
      return timer;
    };
  }
  return glue;
}

/** A driver-adapter factory that also closes what the engine leaves open (it never disposes the main one). */
interface ClosableFactory extends SqlMigrationAwareDriverAdapterFactory {
  close(): Promise<void>;
}

/** A copy of `adapter` with some methods replaced. */
function withOverrides(adapter: SqlDriverAdapter, overrides: Partial<SqlDriverAdapter>): SqlDriverAdapter {
  const copy: SqlDriverAdapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    dispose: () => adapter.dispose(),
  };
  const connectionInfo = adapter.getConnectionInfo?.bind(adapter);
  if (connectionInfo) copy.getConnectionInfo = connectionInfo;
  return { ...copy, ...overrides };
}

/** Keeps every adapter it hands out so that close() can dispose the ones the engine did not. */
class TrackingFactory implements ClosableFactory {
  readonly #open = new Set<() => Promise<void>>();

  constructor(
    readonly provider: AdapterProvider,
    readonly adapterName: string,
    private readonly openMain: () => Promise<SqlDriverAdapter>,
    private readonly openShadow: () => Promise<SqlDriverAdapter>,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.openMain().then((adapter) => this.track(adapter));
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.openShadow().then((adapter) => this.track(adapter));
  }

  async close(): Promise<void> {
    const pending = [...this.#open];
    this.#open.clear();
    await Promise.allSettled(pending.map((dispose) => dispose()));
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    let disposed: Promise<void> | null = null;
    const dispose = (): Promise<void> => {
      this.#open.delete(dispose);
      disposed ??= adapter.dispose();
      return disposed;
    };
    this.#open.add(dispose);
    return withOverrides(adapter, { dispose });
  }
}

// ---------------------------------------------------------------------------------------------- SQLite

/**
 * The engine replays migrations on the shadow database with executeRaw, and better-sqlite3 prepares one
 * statement at a time ("The supplied SQL string contains more than one statement"). prepare() fails
 * before running anything, so retrying the same parameterless SQL as a script is safe.
 */
function withSqliteScriptFallback(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return withOverrides(adapter, {
    executeRaw: async (query) => {
      try {
        return await adapter.executeRaw(query);
      } catch (error) {
        const multiStatement = error instanceof Error && error.message.includes("more than one statement");
        if (!multiStatement || query.args.length > 0) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    },
  });
}

function sqliteFactory(url: string): ClosableFactory {
  // The shadow database is the adapter's default, an in-memory database.
  const inner = new PrismaBetterSqlite3({ url });
  return new TrackingFactory(
    inner.provider,
    inner.adapterName,
    async () => withSqliteScriptFallback(await inner.connect()),
    async () => withSqliteScriptFallback(await inner.connectToShadowDb()),
  );
}

// ------------------------------------------------------------------------------------------ PostgreSQL

const PG_CHAR_OID = 18; // the one-byte internal type "char" (pg_class.relkind, pg_constraint.contype…)
const PG_TEXT_OID = 25;

function reportCharAsText(result: unknown): void {
  if (Array.isArray(result)) {
    for (const item of result) reportCharAsText(item);
    return;
  }
  if (typeof result !== "object" || result === null || !("fields" in result) || !Array.isArray(result.fields)) return;
  for (const field of result.fields) {
    if (typeof field === "object" && field !== null && "dataTypeID" in field && field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
    }
  }
}

/**
 * adapter-pg 7.10 rejects columns of type "char" ("Column type 'char' could not be deserialized"), and the
 * engine's introspection of the shadow database selects several. Its values already arrive as strings,
 * so relabelling the column as text after parsing is enough. Pool.query calls client.query with a
 * callback; transactions call it without one and await the promise: both paths are covered.
 */
function relabelCharColumns(client: pg.PoolClient): void {
  const query = client.query.bind(client) as unknown as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]): unknown => {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        reportCharAsText(result);
        callback(error, result);
      };
      return query(...args);
    }
    const returned = query(...args);
    if (!(returned instanceof Promise)) return returned;
    return returned.then((result: unknown) => {
      reportCharAsText(result);
      return result;
    });
  };
  Object.assign(client, { query: patched });
}

/**
 * adapter-pg's executeScript splits the script on every ";", so a migration with a semicolon in a string
 * literal, a `DO $$ … $$` block or a function body fails ("unterminated quoted string"). Sent whole as one
 * simple query instead, it runs like the native engine runs it: statement by statement, in one implicit
 * transaction, so a failing migration leaves nothing half-applied.
 */
async function runScript(pool: pg.Pool, script: string): Promise<void> {
  try {
    await pool.query(script);
  } catch (error) {
    if (!(error instanceof pg.DatabaseError)) throw error;
    // The shape adapter-pg gives database errors, so the engine reports it as it reports the others.
    throw new DriverAdapterError({
      kind: "postgres",
      code: error.code ?? "",
      severity: error.severity ?? "ERROR",
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
    });
  }
}

async function openPostgres(connectionString: string): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString });
  pool.on("connect", relabelCharColumns);
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  return withOverrides(adapter, { executeScript: (script) => runScript(pool, script) });
}

/** The same server and credentials, another database. Query parameters (sslmode…) are kept. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * adapter-pg's own connectToShadowDb spreads `{ connectionString, database }` into a pool config, where
 * the connection string wins: the "shadow" replay runs on the main database. It also drops the shadow
 * database while its pool still holds connections, and never closes the pool it used to create it.
 * So: create it here, connect with a URL that names it, and drop it (WITH FORCE, PostgreSQL 13+) after
 * its pool is closed. Needs the CREATEDB privilege, like `prisma migrate dev`.
 */
async function openPostgresShadow(url: string): Promise<SqlDriverAdapter> {
  const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
  const admin = await openPostgres(url);
  try {
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await openPostgres(withDatabase(url, name));
    return withOverrides(shadow, {
      dispose: async () => {
        try {
          await shadow.dispose();
        } finally {
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.dispose());
        }
      },
    });
  } catch (error) {
    await admin.dispose();
    throw error;
  }
}

function postgresFactory(url: string): ClosableFactory {
  const schema = new URL(url).searchParams.get("schema");
  if (schema !== null && schema !== "public") {
    // The app's client (lib/db-client.ts) ignores ?schema= as well; both would disagree on where tables are.
    throw new Error(`DATABASE_URL sets ?schema=${schema}: only the default "public" schema is supported.`);
  }
  return new TrackingFactory("postgres", "@prisma/adapter-pg", () => openPostgres(url), () => openPostgresShadow(url));
}

// ---------------------------------------------------------------------------------------------- engine

export interface EngineSession {
  engine: SchemaEngine;
  /** Turns an engine error into one that says what the database said (see decodeEngineError). */
  decodeError(error: unknown): Error;
  /** Frees the engine and closes every connection; call it in `finally`. */
  close(): Promise<void>;
}

/**
 * Opens the engine on one database. `schemaPath`/`schemaContent` are the Prisma schema (the engine
 * validates its provider against the adapter's).
 */
export async function openSchemaEngine(options: {
  provider: Provider;
  url: string;
  schemaPath: string;
  schemaContent: string;
  log?: (line: string) => void;
}): Promise<EngineSession> {
  const bindings = await loadSchemaEngineBindings();
  const factory = options.provider === "sqlite" ? sqliteFactory(options.url) : postgresFactory(options.url);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const log = options.log ?? defaultLog;
  let engine: SchemaEngine;
  try {
    engine = await bindings.SchemaEngine.new(
      { datamodels: [[options.schemaPath, options.schemaContent]] },
      (line: unknown) => log(String(line)),
      bound,
    );
  } catch (error) {
    await factory.close();
    throw decodeEngineError(error, bound.errorRegistry);
  }
  return {
    engine,
    decodeError: (error) => decodeEngineError(error, bound.errorRegistry),
    close: async () => {
      engine.free();
      await factory.close();
    },
  };
}

/** Engine log lines are JSON; INFO lines are noise for a CLI unless DEBUG asks for them. */
function defaultLog(line: string): void {
  let level = "INFO";
  let message = line;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed === "object" && parsed !== null) {
      if ("level" in parsed && typeof parsed.level === "string") level = parsed.level;
      if ("fields" in parsed && typeof parsed.fields === "object" && parsed.fields !== null && "message" in parsed.fields) {
        message = String(parsed.fields.message);
      }
    }
  } catch {
    // Not JSON: print it as it came.
  }
  if (level === "WARN" || level === "ERROR" || /prisma|schema-engine/.test(process.env.DEBUG ?? "")) {
    console.error(`[schema-engine ${level.toLowerCase()}] ${message}`);
  }
}

/**
 * Errors the adapter raised as plain JS errors reach the engine as an id only, and come back as
 * "External error id#N"; the adapter's error registry holds the original. The engine's Rust span trace
 * ("0: sql_schema_connector::…") is dropped: it says where in the engine, not what went wrong.
 */
export function decodeEngineError(error: unknown, registry: ErrorRegistry): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  let message = error.message.split(/\n\s+0: /)[0]?.trimEnd() ?? error.message;
  message = message.replace(/External error id#(\d+)/g, (text, id: string) => {
    const cause = registry.consumeError(Number(id))?.error;
    return cause === undefined ? text : describeCause(cause);
  });
  // …except the name of the migration that failed, which the message itself does not always carry.
  const migration = /migration_name="([^"]+)"/.exec(error.message)?.[1];
  if (migration && !message.includes(migration)) message += `\n(migration ${migration})`;
  const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
  const decoded = new Error(code ? `${code}: ${message}` : message, { cause: error });
  decoded.name = "MigrationError";
  return decoded;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = "code" in cause && typeof cause.code === "string" ? ` (${cause.code})` : "";
    return `${cause.message}${code}`;
  }
  return String(cause);
}
