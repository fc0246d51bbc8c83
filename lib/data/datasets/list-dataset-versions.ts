import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";
import { datasetSchema } from "@/lib/benchmarks/dataset-schema";
import { db } from "@/lib/db";
import { isRecordId } from "../record-id";
import type { DatasetVersionDetail, DatasetVersionSummary } from "./types";

type Row = {
  id: string;
  datasetId: string;
  version: string;
  status: "DRAFT" | "PUBLISHED";
  createdAt: Date;
  publishedAt: Date | null;
  importedById: string | null;
};

const SELECT = { id: true, datasetId: true, version: true, status: true, createdAt: true, publishedAt: true, importedById: true } as const;

/** The version new submissions use: the latest published one of each dataset (as loadScoringDatasets picks it). */
async function inUseIds(): Promise<Set<string>> {
  const published = await db.benchmarkDataset.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, datasetId: true },
  });
  const seen = new Map<string, string>();
  for (const row of published) if (!seen.has(row.datasetId)) seen.set(row.datasetId, row.id);
  return new Set(seen.values());
}

async function toSummaries(rows: readonly Row[]): Promise<DatasetVersionSummary[]> {
  const userIds = [...new Set(rows.flatMap((row) => (row.importedById ? [row.importedById] : [])))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } });
  const nameOf = new Map(users.map((user) => [user.id, `${user.name} (${user.email})`]));
  const inUse = await inUseIds();
  return rows.map((row) => ({
    id: row.id,
    datasetId: row.datasetId,
    version: row.version,
    status: row.status,
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
    importedBy: row.importedById ? (nameOf.get(row.importedById) ?? row.importedById) : null,
    isInUse: inUse.has(row.id),
  }));
}

/** Every stored version of every dataset (coordinators and admins), by dataset then newest first. */
export async function listDatasetVersions(user: SessionUser): Promise<DatasetVersionSummary[] | null> {
  if (!hasPermission(user.role, "dataset:import")) return null;
  const rows = await db.benchmarkDataset.findMany({ orderBy: [{ datasetId: "asc" }, { createdAt: "desc" }], select: SELECT });
  return toSummaries(rows);
}

/** One version with its content, validated again (a stored version that fails the schema is a bug). */
export async function getDatasetVersion(user: SessionUser, id: string): Promise<DatasetVersionDetail | null> {
  if (!hasPermission(user.role, "dataset:import") || !isRecordId(id)) return null;
  const row = await db.benchmarkDataset.findUnique({ where: { id }, select: { ...SELECT, content: true } });
  if (!row) return null;
  const [summary] = await toSummaries([row]);
  return { ...summary!, dataset: datasetSchema.parse(row.content) };
}
