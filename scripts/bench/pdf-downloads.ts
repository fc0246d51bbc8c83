/**
 * The download side of `npm run bench:pdf`: a fresh SQLite database with N seeded assessments
 * (seed-scale), the production build started on it, and the report route timed by its own Server-Timing
 * header (the handler's time: session, access, report data with its live figures, stored PDF or render,
 * audit). Cold: first download of each of `cold` assessments (rendered); cached: the same again (read);
 * then 20 concurrent downloads of those stored reports, timed by the client (p50/p95/total).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { ensureBuild, percentile, signInCookie, startApp, type App } from "./http";
import { seedScale } from "./seed-scale";

type Download = { status: number; serverMs: number; source: string; clientMs: number; bytes: number };

async function download(app: App, cookie: string, assessmentId: string, lang: string): Promise<Download> {
  const start = performance.now();
  const response = await fetch(`${app.url}/api/reports/${assessmentId}/pdf?lang=${lang}`, { headers: { cookie } });
  const body = new Uint8Array(await response.arrayBuffer());
  const clientMs = performance.now() - start;
  const timing = /report;desc="(\w+)";dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
  return { status: response.status, serverMs: timing ? Number(timing[2]) : NaN, source: timing?.[1] ?? "?", clientMs, bytes: body.length };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function benchDownloads(options: { assessments: number; cold: number; lang: string; port: number; log: (line: string) => void }) {
  const { log } = options;
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-pdf-"));
  const file = path.join(dir, "bench.db");
  let app: App | undefined;
  try {
    ensureBuild(log);
    const seeded = await seedScale(`file:${file}`, options.assessments, () => {});
    const sqlite = new Database(file, { readonly: true });
    const ids = (sqlite.prepare("SELECT currentForId AS id FROM ScoreSnapshot WHERE currentForId IS NOT NULL LIMIT ?").all(options.cold) as { id: string }[]).map((row) => row.id);
    sqlite.close();
    app = await startApp(`file:${file}`, options.port);
    const cookie = await signInCookie(file, { id: seeded.coordinatorId, role: "COORDINATOR", agencyId: null });
    // The first request of a fresh process loads the fonts and warms the code: reported apart.
    const warm = await download(app, cookie, ids[0]!, options.lang === "en" ? "fr" : "en");
    log(`downloads (${seeded.assessments} assessments in the database, lang ${options.lang}, server time from Server-Timing):`);
    log(`  first download after start (${warm.source}): ${ms(warm.serverMs)}`);
    const cold: Download[] = [];
    for (const id of ids) cold.push(await download(app, cookie, id, options.lang));
    const cached: Download[] = [];
    for (let round = 0; round < 3; round++) for (const id of ids) cached.push(await download(app, cookie, id, options.lang));
    const bad = [...cold, ...cached].filter((d) => d.status !== 200);
    if (bad.length > 0) throw new Error(`${bad.length} downloads failed (HTTP ${bad[0]!.status})`);
    const serverOf = (list: Download[]) => list.map((d) => d.serverMs);
    log(`  cold median: ${percentile(serverOf(cold), 50).toFixed(0)} ms  (p95 ${ms(percentile(serverOf(cold), 95))}, ${cold.length} reports, sources: ${[...new Set(cold.map((d) => d.source))].join(", ")}; target ≤ 500 ms)`);
    log(`  cached median: ${percentile(serverOf(cached), 50).toFixed(1)} ms  (p95 ${ms(percentile(serverOf(cached), 95))}, ${cached.length} downloads, sources: ${[...new Set(cached.map((d) => d.source))].join(", ")}; target ≤ 5 ms)`);
    const start = performance.now();
    const concurrent = await Promise.all(Array.from({ length: 20 }, (_, i) => download(app!, cookie, ids[i % ids.length]!, options.lang)));
    const total = performance.now() - start;
    const client = concurrent.map((d) => d.clientMs);
    log(
      `  20 concurrent cached downloads: p50 ${ms(percentile(client, 50))}, p95 ${ms(percentile(client, 95))}, total ${ms(total)} ` +
        `(server median ${ms(percentile(serverOf(concurrent), 50))}, ${(concurrent[0]!.bytes / 1024).toFixed(0)} KB each)`,
    );
  } finally {
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
