/**
 * Issue 10, "Operations", proved on the built app (`next build` first), with servers of its own:
 *   npx tsx scripts/ops/check-operations.ts [--port 3401]
 * 1. graceful shutdown: a request still sending its body when SIGTERM arrives gets its full answer from the
 *    app; new connections are refused meanwhile; the process logs "database closed" and exits 143;
 * 2. GET /api/health is 503 (database unreachable) when the database cannot be opened, 200 otherwise;
 * 3. logs: every line on stdout is one JSON object; a malformed server action is refused with a 400 and
 *    logged once, without its payload.
 * Exits non-zero on the first failed check. Uses ports PORT and PORT+1 and a temporary SQLite database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { deployMigrations } from "../db/migrate";

const args = process.argv.slice(2);
const PORT = Number(args[args.indexOf("--port") + 1] || process.env.OPS_CHECK_PORT || 3401);
const work = mkdtempSync(path.join(os.tmpdir(), "ops-check-"));
const children: ChildProcess[] = [];

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`FAILED: ${message}`);
  console.log(`ok - ${message}`);
}

type Server = { child: ChildProcess; lines: string[]; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };

function startServer(port: number, databaseUrl: string): Server {
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET: "ops-check-secret-not-for-production-0123456789", APP_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "info", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const lines: string[] = [];
  let rest = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const text = rest + chunk.toString();
    const parts = text.split("\n");
    rest = parts.pop() ?? "";
    lines.push(...parts);
  });
  child.stderr!.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n").filter(Boolean)));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, lines, exit };
}

function request(port: number, method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: urlPath, headers, agent: false }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function waitForHealth(port: number): Promise<number> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const status = await request(port, "GET", "/api/health").then((r) => r.status, () => 0);
    if (status !== 0) return status;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server on port ${port} never answered`);
}

const jsonLines = (lines: string[]) => lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);

async function checkShutdownAndLogs(): Promise<void> {
  const databaseUrl = `file:${path.join(work, "app.db")}`;
  await deployMigrations({ url: databaseUrl, log: () => {} });
  const server = startServer(PORT, databaseUrl);
  check((await waitForHealth(PORT)) === 200, "GET /api/health is 200 on a migrated database");

  // A malformed server action: refused with a 400, logged once, the payload nowhere in the log.
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, unknown> };
  const actionId = Object.keys(manifest.node)[0]!;
  const secretPayload = "[zxc-payload-that-must-not-be-logged";
  const refused = await request(PORT, "POST", "/sign-in", { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", origin: `http://127.0.0.1:${PORT}` }, secretPayload);
  check(refused.status === 400, `a malformed server action is a 400 (got ${refused.status})`);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const refusals = jsonLines(server.lines).filter((line) => line.event === "refused" && line.kind === "malformed-action");
  check(refusals.length === 1 && typeof refusals[0]!.requestId === "string", "it is logged once, as one JSON line with a request id");
  check(!server.lines.some((line) => line.includes("zxc-payload")), "the payload is nowhere in the log");

  // In flight: headers and half the body sent, then SIGTERM, then the rest of the body.
  const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: PORT, method: "POST", path: "/api/session", headers: { "content-type": "application/json", "transfer-encoding": "chunked" }, agent: false }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.write('{"email":"nobody@ops.example",');
    setTimeout(() => {
      server.child.kill("SIGTERM");
      setTimeout(async () => {
        const refusedConnection = await request(PORT, "GET", "/api/health").then(() => false, (error: NodeJS.ErrnoException) => error.code === "ECONNREFUSED");
        check(refusedConnection, "after SIGTERM, new connections are refused");
        req.end('"password":"wrong password"}');
      }, 1500);
    }, 300);
  });
  const answer = await inFlight;
  check(answer.status === 401 && typeof (JSON.parse(answer.body) as { error?: unknown }).error === "string", `the request in flight at SIGTERM got the app's full answer (${answer.status} ${answer.body.slice(0, 80)})`);
  const exit = await server.exit;
  check(exit.code === 143, `the process exits 143 after draining (got ${exit.code ?? exit.signal})`);
  const events = jsonLines(server.lines);
  const drain = events.findIndex((line) => line.event === "shutdown" && line.signal === "SIGTERM");
  const closed = events.findIndex((line) => line.event === "shutdown" && line.step === "database closed");
  check(drain >= 0 && closed > drain, "the log shows the drain, then the database closed");
  check(events.every((line) => typeof line.time === "string" && typeof line.level === "string"), "every JSON log line has a time and a level");
}

async function checkHealthWithDatabaseDown(): Promise<void> {
  const server = startServer(PORT + 1, `file:${path.join(work, "no-such-folder", "app.db")}`);
  const status = await waitForHealth(PORT + 1);
  const health = await request(PORT + 1, "GET", "/api/health");
  check(status === 503 && health.status === 503, `GET /api/health is 503 when the database cannot be opened (got ${health.status})`);
  const body = JSON.parse(health.body) as { status: string; database: string };
  check(body.status === "unavailable" && body.database === "unreachable", "it says the database is unreachable");
  check(!/no-such-folder|file:|secret/.test(health.body), "and nothing about where the database is or any secret");
  server.child.kill("SIGTERM");
  await server.exit;
}

async function main(): Promise<void> {
  try {
    await checkShutdownAndLogs();
    await checkHealthWithDatabaseDown();
    console.log("all operations checks passed");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
