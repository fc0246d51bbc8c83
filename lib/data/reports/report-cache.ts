import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { reportCacheKey, REPORT_RENDERER_VERSION } from "@/lib/reports/report-key";
import type { ReportData } from "@/lib/reports/types";

/**
 * Stored PDF reports: each (snapshot, language, fingerprint of what else the report shows, renderer
 * version) is rendered once and then served from the ReportPdf table.
 *
 * Why the database and not files: every app process (one per core, behind the proxy, on PostgreSQL) sees
 * the same rows, backups carry them, a deleted snapshot takes its PDFs with it (cascade), and the unique
 * cache key gives a cross-process claim for free: the process whose INSERT of the RENDERING row succeeds
 * renders; any other (same process or another) waits for that row to become READY. Within one process
 * concurrent requests also share one promise, so they do not even poll.
 */

/** `stored`: read from the table; `rendered`: this call rendered it; `shared`: waited for another call's render. */
export type ReportPdfResult = { pdf: Buffer; source: "stored" | "rendered" | "shared" };
export type Renderer = (data: ReportData) => Promise<Buffer>;

/** A claim older than this is taken as abandoned (its process died mid-render) and taken over. */
const STALE_CLAIM_MS = 60_000;
const POLL_MS = 40;
/** A waiter gives up after this long (the request then fails; the next one claims again if stale). */
const WAIT_LIMIT_MS = 90_000;

let buildId: string | null = null;

/** The renderer's version: the code's constant and, under `next start`, the build's id. */
export function reportRendererVersion(): string {
  if (buildId === null) {
    const file = path.join(process.cwd(), ".next", "BUILD_ID");
    buildId = process.env.NODE_ENV === "production" && existsSync(file) ? readFileSync(file, "utf8").trim() : "dev";
  }
  return `${REPORT_RENDERER_VERSION}+${buildId}`;
}

const inFlight = new Map<string, Promise<ReportPdfResult>>();

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

async function readReady(cacheKey: string): Promise<{ status: string; pdf: Buffer | null; claimedAt: Date } | null> {
  const row = await db.reportPdf.findUnique({ where: { cacheKey }, select: { status: true, pdf: true, claimedAt: true } });
  return row ? { status: row.status, pdf: row.pdf ? Buffer.from(row.pdf) : null, claimedAt: row.claimedAt } : null;
}

/** Inserts the RENDERING row: true when this process now owns the render of `cacheKey`. */
async function claim(cacheKey: string, data: ReportData): Promise<boolean> {
  try {
    await db.reportPdf.create({ data: { cacheKey, snapshotId: data.snapshot.id, locale: data.locale, status: "RENDERING" } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Takes over a claim whose process stopped answering: only one of several contenders wins the update. */
async function takeOverStale(cacheKey: string, claimedAt: Date): Promise<boolean> {
  const { count } = await db.reportPdf.updateMany({ where: { cacheKey, status: "RENDERING", claimedAt }, data: { claimedAt: new Date() } });
  return count === 1;
}

async function renderAndStore(cacheKey: string, data: ReportData, render: Renderer): Promise<Buffer> {
  const start = performance.now();
  let pdf: Buffer;
  try {
    pdf = await render(data);
  } catch (error) {
    // Free the key so that the next request tries again rather than waiting for a render that failed.
    await db.reportPdf.deleteMany({ where: { cacheKey, status: "RENDERING" } });
    throw error;
  }
  const renderMs = Math.round(performance.now() - start);
  await db.reportPdf.update({ where: { cacheKey }, data: { status: "READY", pdf: new Uint8Array(pdf), size: pdf.length, renderMs } });
  // Older renders of the same snapshot and language (earlier live figures, an earlier build) are never served again.
  await db.reportPdf.deleteMany({ where: { snapshotId: data.snapshot.id, locale: data.locale, cacheKey: { not: cacheKey }, status: "READY" } });
  return pdf;
}

async function getOrRender(cacheKey: string, data: ReportData, render: Renderer): Promise<ReportPdfResult> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (let waited = false; ; waited = true) {
    const row = await readReady(cacheKey);
    if (row?.status === "READY" && row.pdf) return { pdf: row.pdf, source: waited ? "shared" : "stored" };
    if (!row) {
      if (await claim(cacheKey, data)) return { pdf: await renderAndStore(cacheKey, data, render), source: "rendered" };
    } else if (Date.now() - row.claimedAt.getTime() > STALE_CLAIM_MS && (await takeOverStale(cacheKey, row.claimedAt))) {
      return { pdf: await renderAndStore(cacheKey, data, render), source: "rendered" };
    }
    if (Date.now() > deadline) throw new Error(`Report ${cacheKey} was not rendered within ${WAIT_LIMIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * The PDF of a report: the stored one when this exact content was rendered before, otherwise rendered
 * once (whoever asks at the same time, in this process or another, waits for that one render).
 * The caller has checked access: `data` comes from getReportData.
 */
export function getReportPdf(data: ReportData, render: Renderer): Promise<ReportPdfResult> {
  const cacheKey = reportCacheKey(data, reportRendererVersion());
  const pending = inFlight.get(cacheKey);
  if (pending) return pending.then((result) => ({ ...result, source: result.source === "stored" ? "stored" : "shared" }));
  const work = getOrRender(cacheKey, data, render).finally(() => inFlight.delete(cacheKey));
  inFlight.set(cacheKey, work);
  return work;
}
