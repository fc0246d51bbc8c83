import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { DATASET_ERRORS } from "./types";

/**
 * Publishes a DRAFT version: new submissions are scored against it from now on; assessments submitted
 * before keep their snapshot. The write only matches a draft, so a published version is never changed.
 */
export async function publishDatasetVersion(user: SessionUser, id: string): Promise<Result<{ id: string }>> {
  if (!hasPermission(user.role, "dataset:import")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const row = await tx.benchmarkDataset.findUnique({ where: { id }, select: { datasetId: true, version: true, status: true } });
    if (!row) return fail("notFound");
    const published = await tx.benchmarkDataset.updateMany({ where: { id, status: "DRAFT" }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    if (published.count === 0) return fail("conflict", DATASET_ERRORS.alreadyPublished);
    await recordAudit(
      { actorId: user.id, actorEmail: user.email, action: "dataset.publish", entityType: "BenchmarkDataset", entityId: id, details: { datasetId: row.datasetId, version: row.version } },
      tx,
    );
    return ok({ id });
  });
}

/** Discards a DRAFT version (an import that turned out wrong); published versions cannot be deleted. */
export async function discardDatasetDraft(user: SessionUser, id: string): Promise<Result<{ id: string }>> {
  if (!hasPermission(user.role, "dataset:import")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const row = await tx.benchmarkDataset.findUnique({ where: { id }, select: { datasetId: true, version: true } });
    if (!row) return fail("notFound");
    const deleted = await tx.benchmarkDataset.deleteMany({ where: { id, status: "DRAFT" } });
    if (deleted.count === 0) return fail("conflict", DATASET_ERRORS.alreadyPublished);
    await recordAudit(
      { actorId: user.id, actorEmail: user.email, action: "dataset.discard", entityType: "BenchmarkDataset", entityId: id, details: row },
      tx,
    );
    return ok({ id });
  });
}
