/**
 * `npm run bench:figures -- --database FILE [--on-thread]`: times the whole-cohort aggregates that a cohort
 * stamp change recomputes (live cohorts by dimension with their ranks; item-level answer counts) on a
 * database (e.g. one kept by `npm run bench:scale -- --keep`), with the process's CPU time and the longest
 * time the event loop could not run a 10 ms timer (what every other request of the process waits).
 * `--on-thread` runs them on the calling thread, as before the read worker (lib/db-read-worker.ts).
 * Runs under `--conditions=react-server` (the data modules import "server-only").
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { liveCohortMembersSql } from "@/lib/data/live-cohorts";
import { countCohortAnswers } from "@/lib/data/live-items/count-answers";
import { queryScoreFigures } from "@/lib/data/score-figures/score-figures-sql";
import { instrument } from "@/lib/questionnaire/instrument";

const { values } = parseArgs({ options: { database: { type: "string" }, "on-thread": { type: "boolean", default: false } } });

const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");

async function timed(label: string, run: () => Promise<unknown>) {
  let last = performance.now();
  let longestStall = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - last - 10);
    last = now;
  }, 10);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  await new Promise((resolve) => setTimeout(resolve, 20)); // the timer's last lateness
  clearInterval(tick);
  console.log(
    `  ${label.padEnd(26)} wall ${wall.toFixed(0).padStart(6)} ms, process CPU ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} ms, ` +
      `longest event-loop stall ${Math.max(0, longestStall).toFixed(0)} ms`,
  );
}

async function main() {
  if (!values.database) throw new Error("--database FILE is required");
  const offMainThread = !values["on-thread"];
  const client = createPrismaClient(`file:${values.database}`);
  console.log(`bench:figures: ${values.database}, ${offMainThread ? "read worker" : "calling thread"} · ${os.cpus().length} cores · load average ${loadAverage()}`);
  await client.$queryRaw`SELECT 1`;
  const version = instrument.version;
  await timed("live cohorts (ranks)", () => queryScoreFigures(client, liveCohortMembersSql(version), { withRanks: true, offMainThread }));
  await timed("live items (answer counts)", () => countCohortAnswers({ instrumentVersion: version }, client, { offMainThread }));
  await client.$disconnect();
  console.log(`load average at the end: ${loadAverage()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
