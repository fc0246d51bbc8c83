import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleReportData } from "@/lib/reports/sample-report";
import type { ReportData } from "@/lib/reports/types";
import { deployMigrations } from "@/scripts/db/migrate";

// Integration test on a freshly migrated SQLite database (the module reads the app's `db`, so the URL is
// set before it is imported): one render per key however many ask at once, a read afterwards, a new render
// when a live figure changes, and a failed render frees its key.

const dir = mkdtempSync(path.join(tmpdir(), "report-cache-"));
const url = `file:${path.join(dir, "test.db")}`;
process.env.DATABASE_URL = url;

let cache: typeof import("./report-cache");
let data: ReportData;

beforeAll(async () => {
  await deployMigrations({ url, log: () => {} });
  const { db } = await import("@/lib/db");
  cache = await import("./report-cache");
  const agency = await db.agency.create({ data: { name: "SNE", countryCode: "MX", region: "LAC" } });
  const user = await db.user.create({ data: { email: "r@example.org", name: "R", passwordHash: "x", role: "RESPONDENT", agencyId: agency.id } });
  const assessment = await db.assessment.create({ data: { agencyId: agency.id, round: 2026, status: "SUBMITTED", instrumentVersion: "2026.1", createdById: user.id } });
  const sample = sampleReportData("fr");
  const snapshot = await db.scoreSnapshot.create({
    data: {
      assessmentId: assessment.id,
      currentForId: assessment.id,
      instrumentVersion: "2026.1",
      scoringModelVersion: sample.snapshot.scores.scoringModelVersion,
      datasetVersions: {},
      scores: {},
      createdById: user.id,
    },
  });
  data = { ...sample, snapshot: { ...sample.snapshot, id: snapshot.id } };
}, 120_000);

function countingRenderer(delayMs = 30) {
  const calls: ReportData[] = [];
  const render = async (input: ReportData) => {
    calls.push(input);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return Buffer.from(`%PDF ${input.locale} ${calls.length}`);
  };
  return { calls, render };
}

describe("stored PDF reports", () => {
  it("renders once for concurrent requests of one key, then serves the stored bytes", async () => {
    const { calls, render } = countingRenderer();
    const results = await Promise.all(Array.from({ length: 6 }, () => cache.getReportPdf(data, render)));
    expect(calls).toHaveLength(1);
    expect(new Set(results.map((r) => r.pdf.toString()))).toEqual(new Set(["%PDF fr 1"]));
    expect(results.filter((r) => r.source === "rendered")).toHaveLength(1);
    const again = await cache.getReportPdf(data, render);
    expect(again).toMatchObject({ source: "stored" });
    expect(again.pdf.toString()).toBe("%PDF fr 1");
    expect(calls).toHaveLength(1);
  });

  it("waits for another process's claim instead of rendering a second time", async () => {
    const { db } = await import("@/lib/db");
    const other = { ...data, locale: "es" as const };
    const { reportCacheKey } = await import("@/lib/reports/report-key");
    const cacheKey = reportCacheKey(other, cache.reportRendererVersion());
    // Another instance holds the claim; it finishes 100 ms later.
    await db.reportPdf.create({ data: { cacheKey, snapshotId: other.snapshot.id, locale: "es", status: "RENDERING" } });
    const finished = new Promise((resolve) => setTimeout(resolve, 100)).then(() =>
      db.reportPdf.update({ where: { cacheKey }, data: { status: "READY", pdf: new Uint8Array(Buffer.from("%PDF other")) } }),
    );
    const { calls, render } = countingRenderer();
    const result = await cache.getReportPdf(other, render);
    await finished;
    expect(calls).toHaveLength(0);
    expect(result).toMatchObject({ source: "shared" });
    expect(result.pdf.toString()).toBe("%PDF other");
  });

  it("renders again when a live figure the report shows changes, never serving the old one", async () => {
    const { calls, render } = countingRenderer();
    const moved = { ...data, liveComparisons: [{ marker: "one more approval" }] as unknown as ReportData["liveComparisons"] };
    const result = await cache.getReportPdf(moved, render);
    expect(result.source).toBe("rendered");
    expect(calls).toHaveLength(1);
    // The date of the read alone (generatedAt) is not a change.
    expect((await cache.getReportPdf({ ...moved, generatedAt: new Date() }, render)).source).toBe("stored");
    // A changed status (the cover shows it) is.
    expect((await cache.getReportPdf({ ...moved, assessment: { ...moved.assessment, status: "APPROVED" } }, render)).source).toBe("rendered");
  });

  it("frees the key when a render fails, so the next request renders", async () => {
    const failing = { ...data, comments: { strategy: "fails once" } };
    await expect(cache.getReportPdf(failing, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    const { calls, render } = countingRenderer();
    expect((await cache.getReportPdf(failing, render)).source).toBe("rendered");
    expect(calls).toHaveLength(1);
  });
});
