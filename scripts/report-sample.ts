/**
 * `npm run report:sample -- --lang fr --out report.pdf [--agency "Name"]`: renders the sample report (a
 * complete answer profile scored by the engine, lib/reports/sample-report) through the same code as the
 * download route, for designers and checks. No database.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    lang: { type: "string", default: "en" },
    out: { type: "string", default: "report.pdf" },
    agency: { type: "string" },
  },
});

async function main() {
  (process.env as Record<string, string>).NODE_ENV = "production";
  // Loaded dynamically: lib/reports is an ES module folder (react-pdf is ESM-only).
  const { renderReport } = await import("../lib/reports/render-report");
  const { sampleReportData } = await import("../lib/reports/sample-report");
  const { isLocale, LOCALES } = await import("../lib/i18n/locales");
  if (!isLocale(values.lang)) {
    console.error(`--lang must be one of ${LOCALES.join(", ")}`);
    process.exit(2);
  }
  const pdf = await renderReport(sampleReportData(values.lang, values.agency));
  const out = path.resolve(values.out);
  writeFileSync(out, pdf);
  console.log(`${out}: ${(pdf.length / 1024).toFixed(1)} KB (${values.lang})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
