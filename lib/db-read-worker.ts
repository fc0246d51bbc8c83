import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Long read-only aggregates on SQLite, run on a worker thread so that they never hold the event loop.
 *
 * better-sqlite3 (the Prisma adapter's driver) runs every query synchronously on the calling thread: a
 * cohort aggregate that reads 100,000 assessments' scores holds the app's only event loop for 10–20 s,
 * and every request of the process (a respondent's autosave) waits until it ends. A worker thread has its
 * own connection to the same file (WAL: it reads the last committed state while the app writes) and runs
 * the aggregates one after the other; the app thread only waits for a message. PostgreSQL needs none of
 * this: its queries run in the server and the driver waits asynchronously.
 *
 * The worker returns SQLite's plain values (numbers, strings, null; no Date, no bigint): for aggregates
 * (counts, scores, ids), not for reading records. A query on a transaction client stays on its thread
 * (the worker would not see the transaction's writes).
 */

type Pending = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void };
type Reader = { worker: Worker; pending: Map<number, Pending>; nextId: number };

/** The worker: one read-only connection (query_only), statements answered in arrival order. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 5000 });
db.pragma("query_only = 1");
parentPort.on("message", ({ id, sql, args }) => {
  try {
    parentPort.postMessage({ id, rows: db.prepare(sql).all(args) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});`;

const sqliteFiles = new WeakMap<object, string>();
const readers = new WeakMap<object, Reader>();

/** Called by createPrismaClient for a SQLite client: its file, for the worker to open. */
export function registerSqliteFile(client: object, url: string): void {
  // The adapter opens the URL without its `file:` prefix, relative to the working directory.
  sqliteFiles.set(client, path.resolve(url.replace(/^file:/, "")));
}

/** better-sqlite3 as installed next to the app (the worker's code is not bundled). */
function driverPath(): string {
  return createRequire(path.join(process.cwd(), "package.json")).resolve("better-sqlite3");
}

function startReader(client: object, file: string): Reader {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver: driverPath() } });
  const reader: Reader = { worker, pending: new Map(), nextId: 1 };
  worker.unref(); // an idle worker never keeps the process alive
  worker.on("message", (message: { id: number; rows?: unknown[]; error?: string }) => {
    const pending = reader.pending.get(message.id);
    reader.pending.delete(message.id);
    if (message.error !== undefined) pending?.reject(new Error(`SQLite read worker: ${message.error}`));
    else pending?.resolve(message.rows ?? []);
  });
  // A worker that dies fails what it was running; the next query starts a new one.
  const fail = (error: Error) => {
    if (readers.get(client) === reader) readers.delete(client);
    for (const pending of reader.pending.values()) pending.reject(error);
    reader.pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`SQLite read worker exited (${code})`)));
  return reader;
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null; the adapter's conversions for the rest. */
function toSqliteArg(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  return value ?? null;
}

/**
 * Runs a read-only query: on the worker for a SQLite client made by createPrismaClient, with the client
 * itself otherwise (PostgreSQL, a transaction). The rows are plain objects keyed by column name.
 */
export async function readOffMainThread<T>(client: Pick<Prisma.TransactionClient, "$queryRaw">, query: Prisma.Sql): Promise<T[]> {
  const file = sqliteFiles.get(client);
  if (file === undefined) return client.$queryRaw<T[]>(query);
  let reader = readers.get(client);
  if (!reader) readers.set(client, (reader = startReader(client, file)));
  const id = reader.nextId++;
  const { worker, pending } = reader;
  if (pending.size === 0) worker.ref(); // a query in flight keeps the process alive, like a database socket
  return new Promise<T[]>((resolve, reject) => {
    pending.set(id, {
      resolve: (rows) => resolve(rows as T[]),
      reject,
    });
    worker.postMessage({ id, sql: query.sql, args: query.values.map(toSqliteArg) });
  }).finally(() => {
    if (pending.size === 0) worker.unref();
  });
}

/** Stops the client's worker, if it has one (its connection closes with it). */
export async function closeReadWorker(client: object): Promise<void> {
  const reader = readers.get(client);
  readers.delete(client);
  if (reader) await reader.worker.terminate();
}
