import { writeFileSync } from "node:fs";
import { renderReport } from "./render-report";
import { sampleReportData } from "./sample-report";
const loc = (process.argv[2] ?? "en") as "en";
for (let i = 0; i < 1; i++) {
  const t0 = performance.now();
  const buf = await renderReport(sampleReportData(loc, process.argv[3]));
  console.log(Math.round(performance.now() - t0), buf.length);
  writeFileSync(`/tmp/report-${loc}.pdf`, buf);
}
