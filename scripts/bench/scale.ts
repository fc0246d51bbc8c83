/**
 * `npm run bench:scale -- --assessments 10000 [--runs 20] [--port 3203] [--keep]`, or
 * `npm run bench:scale -- --database /path/bench.db` to measure again a database kept by `--keep`.
 * Seeds N realistic assessments into a fresh SQLite database (scripts/bench/seed-scale.ts), starts the
 * production build on it and prints p50/p95 of every page that grows with the data (results page with its
 * live cohorts, /coordinator first, filtered, last page and sorted by index, /coordinator/regions), the
 * CSV and JSON export times (first byte, total, rows/s) with the server's memory growth, and the autosave
 * latency of 100 simulated respondents while one coordinator exports in a loop (scripts/bench/autosave.ts).
 * Targets (issue #9, 2 cores, 100,000 assessments): page p95 ≤ 150 ms; export ≥ 10,000 rows/s with
 * ≤ 100 MB RSS growth and first bytes < 300 ms.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild, ms, percentile, rssMb, signInCookie, startApp, timedGet, type App } from "./http";
import { readSeededScale, seedScale } from "./seed-scale";
import { runMixedLoad } from "./mixed-load";

const { values } = parseArgs({
  options: {
    assessments: { type: "string", default: "1000" },
    runs: { type: "string", default: "20" },
    port: { type: "string", default: "3203" },
    keep: { type: "boolean", default: false },
    database: { type: "string" },
    "skip-mixed": { type: "boolean", default: false },
  },
});

const log = (line: string) => console.log(line);

async function measurePage(app: App, label: string, pathname: string, cookie: string, runs: number, check?: (body: string) => boolean) {
  const first = await timedGet(app.url + pathname, cookie, true);
  if (first.status !== 200 || (check && !check(first.body!))) {
    log(`  ${label.padEnd(34)} FAILED: HTTP ${first.status}${check ? ", expected content missing" : ""}`);
    return;
  }
  for (let i = 0; i < 2; i++) await timedGet(app.url + pathname, cookie);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timedGet(app.url + pathname, cookie)).ms);
  log(`  ${label.padEnd(34)} p50 ${ms(percentile(times, 50)).padStart(8)}  p95 ${ms(percentile(times, 95)).padStart(8)}`);
}

async function measureExport(app: App, format: "csv" | "json", cookie: string, rows: number) {
  const pid = app.process.pid!;
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 25);
  const result = await timedGet(`${app.url}/api/exports/assessments?format=${format}`, cookie);
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  log(
    `  export ${format.toUpperCase().padEnd(4)} ${rows} rows: first byte ${ms(result.firstByteMs)}, total ${ms(result.ms)} ` +
      `(${Math.round(rows / (result.ms / 1000))} rows/s, ${(result.bytes / 1e6).toFixed(1)} MB), RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)} MB)`,
  );
}

async function main() {
  const n = Number(values.assessments);
  const runs = Number(values.runs);
  const dir = values.database ? undefined : mkdtempSync(path.join(os.tmpdir(), "bench-scale-"));
  const file = values.database ?? path.join(dir!, "bench.db");
  const url = `file:${file}`;
  log(`bench:scale: ${values.database ? `the database ${values.database}` : `${n} assessments`} · ${os.cpus().length} cores · load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  let app: App | undefined;
  try {
    ensureBuild(log);
    const seeded = values.database ? readSeededScale(file) : await seedScale(url, n, log);
    app = await startApp(url, Number(values.port));
    const coordinator = await signInCookie(file, { id: seeded.coordinatorId, role: "COORDINATOR", agencyId: null });
    const respondent = await signInCookie(file, { id: seeded.respondent.id, role: "RESPONDENT", agencyId: seeded.respondent.agencyId });
    const lastPage = Math.ceil(seeded.assessments / 25);
    log("pages (sequential requests, time to the last byte):");
    await measurePage(app, "results page (live cohorts)", `/assessments/${seeded.respondent.assessmentId}/results`, respondent, runs, (body) =>
      /median [\d.,]+ \(min/.test(body),
    );
    await measurePage(app, "/coordinator (first page)", "/coordinator", coordinator, runs);
    await measurePage(app, "/coordinator (filtered)", "/coordinator?region=LAC&status=APPROVED&round=2026", coordinator, runs);
    await measurePage(app, `/coordinator (last page, ${lastPage})`, `/coordinator?page=${lastPage}`, coordinator, runs);
    await measurePage(app, "/coordinator (sorted by index)", "/coordinator?sort=digital_maturity&dir=desc", coordinator, runs);
    await measurePage(app, "/coordinator (index, last page)", `/coordinator?sort=youth_readiness&dir=asc&page=${lastPage}`, coordinator, runs);
    await measurePage(app, "/coordinator/regions", "/coordinator/regions", coordinator, runs);
    log("exports (whole list, one request each):");
    // Like the pages' warm-up requests: the route's first request loads its code; an export that matches
    // nothing warms it without reading the data.
    for (const format of ["csv", "json"]) await timedGet(`${app.url}/api/exports/assessments?format=${format}&q=no-such-agency-warm-up`, coordinator);
    await measureExport(app, "csv", coordinator, seeded.assessments);
    await measureExport(app, "json", coordinator, seeded.assessments);
    if (!values["skip-mixed"]) {
      log("autosave while one coordinator exports in a loop:");
      await runMixedLoad({ app, databaseFile: file, coordinatorCookie: coordinator, respondents: 100, seconds: 30, log });
    }
    log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  } finally {
    await app?.stop();
    if (dir && !values.keep) rmSync(dir, { recursive: true, force: true });
    else log(`database kept: ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
