/**
 * `npm run bench:pdf [-- --runs 20 --warmup 3 --lang en --agency "Name"]`: renders the full benchmark report
 * through the same code path as the route (lib/reports renderReport), from a snapshot scored with the engine
 * on a complete answer profile, and prints the median and p95 render time, the PDF size and the peak memory.
 * Then the downloads (scripts/bench/pdf-downloads.ts): `cold median` (first download, rendered) and
 * `cached median` (stored PDF) in server time, and 20 concurrent downloads of stored reports.
 * `--render-only` skips the downloads; `--assessments`, `--cold`, `--port` tune them.
 * Targets on a 2-core machine: cached median ≤ 5 ms, cold median ≤ 500 ms, file under 500 KB.
 */
import os from "node:os";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    lang: { type: "string", default: "en" },
    agency: { type: "string" },
    // The download side (stored PDFs): a seeded database and the production server.
    assessments: { type: "string", default: "200" },
    cold: { type: "string", default: "8" },
    port: { type: "string", default: "3209" },
    "render-only": { type: "boolean", default: false },
  },
});

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function main() {
  // As under `next start`: React's production build (the development build adds checks to every element).
  (process.env as Record<string, string>).NODE_ENV = "production";
  // Loaded dynamically: lib/reports is an ES module folder (react-pdf is ESM-only).
  const { renderReport } = await import("../lib/reports/render-report");
  const { sampleReportData } = await import("../lib/reports/sample-report");
  const { isLocale } = await import("../lib/i18n/locales");
  const locale = isLocale(values.lang) ? values.lang : "en";
  const runs = Math.max(1, Number(values.runs));
  const warmup = Math.max(0, Number(values.warmup));
  const data = sampleReportData(locale, values.agency);

  let peakRss = process.memoryUsage().rss;
  const first = performance.now();
  let size = (await renderReport(data)).length;
  const firstMs = performance.now() - first;
  for (let i = 1; i < warmup; i += 1) await renderReport(data);

  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const pdf = await renderReport(data);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    size = pdf.length;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(`PDF benchmark: ${runs} renders after ${warmup} warm-up, locale ${locale}, agency "${data.agency.name}"`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`first render (fonts loaded): ${ms(firstMs)}`);
  console.log(`render time: median ${ms(percentile(wall, 50))}, p95 ${ms(percentile(wall, 95))}, min ${ms(wall[0]!)}  (target: median < 300 ms)`);
  console.log(`CPU time per render: median ${ms(percentile(cpu, 50))}, p95 ${ms(percentile(cpu, 95))}`);
  console.log(`PDF size: ${(size / 1024).toFixed(1)} KB  (target: < 500 KB)`);
  console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  if (values["render-only"]) return;
  const { benchDownloads } = await import("./bench/pdf-downloads");
  await benchDownloads({ assessments: Number(values.assessments), cold: Number(values.cold), lang: locale, port: Number(values.port), log: console.log });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
