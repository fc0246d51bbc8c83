import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { fail, ok, type Result } from "@/lib/result";
import type { Dataset } from "@/lib/benchmarks/dataset-schema";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "../audit";
import { DATASET_ERRORS } from "./types";

/**
 * Stores a validated dataset (imported as JSON or CSV, or a frozen live cohort) as a DRAFT version, to be
 * previewed and then published. A dataset id and
 * version already stored (draft or published) is refused: a version is never replaced, only added.
 */
export async function importDatasetVersion(
  user: SessionUser,
  dataset: Dataset,
  format: "json" | "csv" | "live",
): Promise<Result<{ id: string }>> {
  if (!hasPermission(user.role, "dataset:import")) return fail("forbidden");
  const key = { datasetId: dataset.id, version: dataset.datasetVersion };
  const params = { datasetId: dataset.id, version: dataset.datasetVersion };
  const existing = await db.benchmarkDataset.findUnique({ where: { datasetId_version: key }, select: { id: true } });
  if (existing) return fail("conflict", DATASET_ERRORS.versionExists, { params });
  try {
    const created = await db.$transaction(async (tx) => {
      const row = await tx.benchmarkDataset.create({
        data: { ...key, status: "DRAFT", content: dataset, importedById: user.id },
        select: { id: true },
      });
      await recordAudit(
        { actorId: user.id, actorEmail: user.email, action: "dataset.import", entityType: "BenchmarkDataset", entityId: row.id, details: { ...params, format } },
        tx,
      );
      return row;
    });
    return ok(created);
  } catch (error) {
    // The same version imported a moment earlier by someone else.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("conflict", DATASET_ERRORS.versionExists, { params });
    throw error;
  }
}
