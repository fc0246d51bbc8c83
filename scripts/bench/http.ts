/**
 * What the benchmarks share: the app started with `next start` on a given database and port, signed-in
 * cookies minted the way Auth.js mints them (a JWT naming a server-side UserSession row), timed requests,
 * percentiles, and the server's resident memory read from /proc.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";

export const AUTH_SECRET = "bench-only-secret-not-for-production-0123456789";
const COOKIE = "authjs.session-token";

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Builds the app once when there is no production build yet (a fresh clone). */
export function ensureBuild(log: (line: string) => void): void {
  if (existsSync(path.resolve(".next/BUILD_ID"))) return;
  log("no production build: running next build");
  const result = spawnSyncInherit("npx", ["next", "build"]);
  if (result !== 0) throw new Error("next build failed");
}

function spawnSyncInherit(command: string, args: string[]): number {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).status ?? 1;
}

export type App = { url: string; process: ChildProcess; stop: () => Promise<void> };

/** `next start` on the database, production mode; resolves once it answers. */
export async function startApp(databaseUrl: string, port: number): Promise<App> {
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET, APP_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/sign-in`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** A signed-in cookie for a user: a UserSession row and the JWT Auth.js would have issued for it. */
export async function signInCookie(databaseFile: string, user: { id: string; role: string; agencyId: string | null }): Promise<string> {
  const db = new Database(databaseFile);
  db.pragma("busy_timeout = 5000");
  const sessionId = `bench-${user.id}-${Date.now().toString(36)}`;
  // Stored as Prisma stores DateTime on SQLite (ISO text); a session row without an end would count as ended.
  const now = new Date();
  const end = new Date(now.getTime() + 8 * 60 * 60 * 1000);
  db.prepare("INSERT INTO UserSession (id, userId, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, ?, ?, ?)").run(
    sessionId, user.id, now.toISOString(), now.toISOString(), end.toISOString(),
  );
  db.close();
  const token = await encode({
    token: { sub: user.id, id: user.id, role: user.role, agencyId: user.agencyId, language: "en", sessionId },
    secret: AUTH_SECRET,
    salt: COOKIE,
    maxAge: 8 * 60 * 60,
  });
  return `${COOKIE}=${token}`;
}

/** Resident memory of a process in MB (/proc; Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : NaN;
}

export type Timed = { status: number; ms: number; firstByteMs: number; bytes: number; body?: string };

/** One GET, timed to the last byte (and to the first one). */
export async function timedGet(url: string, cookie: string, keepBody = false): Promise<Timed> {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const reader = response.body!.getReader();
  let firstByteMs = NaN;
  let bytes = 0;
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - start;
    bytes += value.length;
    if (keepBody) chunks.push(value);
  }
  return {
    status: response.status,
    ms: performance.now() - start,
    firstByteMs,
    bytes,
    body: keepBody ? Buffer.concat(chunks).toString("utf8") : undefined,
  };
}
