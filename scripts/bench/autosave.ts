/**
 * `npm run bench:autosave [-- --assessments 2000 --seconds 15]`: saves/s and CPU ms per save of the app's
 * save path for 1, 10, 50 and 100 concurrent respondents saving back to back, with one app process and
 * with two (ports 3203 and 3213, the same SQLite database in WAL mode, requests spread over both).
 * Targets (issue #9, 2 cores): ≤ 4 ms CPU per save; two processes ≥ 1.6× the saves/s of one.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild, ms, percentile, startApp, type App } from "./http";
import { cpuMs, respondentsFor, saveOnce } from "./mixed-load";
import { seedScale } from "./seed-scale";

const { values } = parseArgs({
  options: {
    assessments: { type: "string", default: "2000" },
    seconds: { type: "string", default: "15" },
    ports: { type: "string", default: "3203,3213" },
  },
});
const log = (line: string) => console.log(line);

async function run(apps: App[], file: string, concurrency: number, seconds: number) {
  const respondents = await respondentsFor(file, apps, concurrency);
  for (const r of respondents.slice(0, Math.min(concurrency, 5))) await saveOnce(r); // warm-up
  const cpuBefore = apps.map((app) => cpuMs(app.process.pid!));
  const until = performance.now() + seconds * 1000;
  const times: number[] = [];
  const start = performance.now();
  await Promise.all(
    respondents.map(async (respondent) => {
      while (performance.now() < until) times.push(await saveOnce(respondent));
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpu = apps.reduce((sum, app, i) => sum + cpuMs(app.process.pid!) - cpuBefore[i]!, 0);
  log(
    `  ${String(concurrency).padStart(3)} respondents, ${apps.length} process${apps.length > 1 ? "es" : ""}: ${(times.length / elapsed).toFixed(1)} saves/s, ` +
      `CPU ${(cpu / times.length).toFixed(1)} ms/save, p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`,
  );
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-autosave-"));
  const file = path.join(dir, "bench.db");
  const ports = values.ports.split(",").map(Number);
  log(`bench:autosave · ${os.cpus().length} cores · load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const apps: App[] = [];
  try {
    ensureBuild(log);
    await seedScale(`file:${file}`, Number(values.assessments), log);
    for (const processes of [1, 2]) {
      while (apps.length < processes) apps.push(await startApp(`file:${file}`, ports[apps.length]!));
      for (const concurrency of [1, 10, 50, 100]) await run(apps, file, concurrency, Number(values.seconds));
    }
    log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  } finally {
    for (const app of apps) await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
