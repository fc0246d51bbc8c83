import { createHash } from "node:crypto";
import type { ReportData } from "./types";

/**
 * Bump when the document changes in a way a build id does not capture (e.g. while developing with
 * `next dev`). Production builds also key on the build id, so a deployment never serves a PDF drawn by the
 * previous code (reportRendererVersion).
 */
export const REPORT_RENDERER_VERSION = "2026.12.2";

/** JSON with object keys sorted at every level: the same content gives the same text, whatever the row order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/**
 * What the report shows besides the snapshot, which never changes: the live cohorts' figures (they move
 * with every approval elsewhere), the status, the agency's name and place, the previous round's change,
 * the answers and comments. Every field of ReportData is listed here except:
 * - the snapshot's scores, identified by the snapshot's id;
 * - `generatedAt`, the time of the read;
 * - the live cohorts' `source` sentences, which only add the date of the read to the instrument version:
 *   a stored PDF keeps the date its live figures were computed, and the figures themselves are in the
 *   fingerprint, so it is served only while they are still the current ones.
 */
export function reportFingerprint(data: ReportData): string {
  const { snapshot, liveComparisons, locale, agency, assessment, answers, comments, previousRound } = data;
  const live = JSON.parse(JSON.stringify(liveComparisons, (key, value: unknown) => (key === "source" ? undefined : value))) as unknown;
  return createHash("sha256")
    .update(canonicalJson({ locale, agency, assessment, answers, comments, previousRound, snapshotId: snapshot.id, snapshotCreatedAt: snapshot.createdAt, live }))
    .digest("hex");
}

/** The cache key of a rendered report: snapshot, language, fingerprint and renderer version. */
export function reportCacheKey(data: ReportData, rendererVersion: string): string {
  return createHash("sha256").update(`${data.snapshot.id}\n${data.locale}\n${reportFingerprint(data)}\n${rendererVersion}`).digest("hex");
}
