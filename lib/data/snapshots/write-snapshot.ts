import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { datasetSchema, type Dataset } from "@/lib/benchmarks/dataset-schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Answers } from "@/lib/questionnaire/types";
import { datasetsForRegion } from "@/lib/scoring/live-items";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { snapshotCreateData } from "./typed-scores";

/*
 * The snapshot writer on a client the caller gives. Not marked server-only and free of `@/lib/db`, so that
 * the e2e data helpers (e2e/support/data) store snapshots exactly as a submission does, on the database
 * the e2e server uses; the app calls it through create-snapshot.ts with its own client.
 */
type DbClient = Prisma.TransactionClient;

/**
 * The datasets a new snapshot is scored against: the latest published version of each dataset in the
 * database, and the built-in version of any dataset not (yet) imported there. Published content is
 * validated again: a row that no longer passes the schema is a bug, so it throws rather than score wrong.
 */
export async function loadScoringDatasetsFrom(client: DbClient): Promise<Dataset[]> {
  const rows = await client.benchmarkDataset.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
  });
  const latest = new Map<string, Dataset>();
  for (const row of rows) {
    if (!latest.has(row.datasetId)) latest.set(row.datasetId, datasetSchema.parse(row.content));
  }
  for (const builtin of getBuiltinDatasets()) {
    if (!latest.has(builtin.id)) latest.set(builtin.id, builtin);
  }
  return [...latest.values()];
}

/**
 * Scores the answers and stores the snapshot, with its typed score columns, as the assessment's current
 * one (the previous current one, if any, is kept as history). Call it inside the transaction that changes
 * the status, so the status and the scores it was computed with are stored together or not at all. Access
 * is the caller's job.
 */
export async function writeScoreSnapshot(
  client: DbClient,
  input: { assessmentId: string; answers: Answers; createdById: string },
): Promise<{ id: string }> {
  // Frozen live cohorts are compared with the agencies of their own region only (their peer group).
  const { agency } = await client.assessment.findUniqueOrThrow({ where: { id: input.assessmentId }, select: { agency: { select: { region: true } } } });
  const scores = scoreAssessment(input.answers, datasetsForRegion(await loadScoringDatasetsFrom(client), agency.region));
  // The previous current snapshot stays as history; the unique currentForId admits only one current one.
  await client.scoreSnapshot.updateMany({ where: { currentForId: input.assessmentId }, data: { currentForId: null } });
  return client.scoreSnapshot.create({
    data: snapshotCreateData({ assessmentId: input.assessmentId, scores, createdById: input.createdById }),
    select: { id: true },
  });
}
