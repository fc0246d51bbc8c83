import "server-only";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { datasetSchema, type Dataset } from "@/lib/benchmarks/dataset-schema";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { instrument } from "@/lib/questionnaire/instrument";
import type { Answers } from "@/lib/questionnaire/types";
import { datasetsForRegion } from "@/lib/scoring/live-items";
import { scoreAssessment, SCORING_MODEL_VERSION, type AssessmentScores } from "@/lib/scoring/score-assessment";

type DbClient = Prisma.TransactionClient;

/**
 * The datasets a new snapshot is scored against: the latest published version of each dataset in the
 * database, and the built-in version of any dataset not (yet) imported there. Published content is
 * validated again: a row that no longer passes the schema is a bug, so it throws rather than score wrong.
 */
export async function loadScoringDatasets(client: DbClient = db): Promise<Dataset[]> {
  const rows = await client.benchmarkDataset.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
  });
  const latest = new Map<string, Dataset>();
  for (const row of rows) {
    if (!latest.has(row.datasetId)) latest.set(row.datasetId, datasetSchema.parse(JSON.parse(row.content)));
  }
  for (const builtin of getBuiltinDatasets()) {
    if (!latest.has(builtin.id)) latest.set(builtin.id, builtin);
  }
  return [...latest.values()];
}

/**
 * Scores the answers (against the datasets in use; frozen live cohorts of the agency's region only) and
 * stores the snapshot as the assessment's current one (the previous current one, if any, is kept as history). Call it inside the transaction that changes the status, so the status and
 * the scores it was computed with are stored together or not at all. Access is the caller's job.
 */
export async function createScoreSnapshot(
  client: DbClient,
  input: { assessmentId: string; answers: Answers; createdById: string },
): Promise<{ id: string }> {
  const { agency } = await client.assessment.findUniqueOrThrow({ where: { id: input.assessmentId }, select: { agency: { select: { region: true } } } });
  const scores = scoreAssessment(input.answers, datasetsForRegion(await loadScoringDatasets(client), agency.region));
  await client.scoreSnapshot.updateMany({ where: { assessmentId: input.assessmentId, isCurrent: true }, data: { isCurrent: false } });
  return client.scoreSnapshot.create({
    data: {
      assessmentId: input.assessmentId,
      instrumentVersion: instrument.version,
      scoringModelVersion: SCORING_MODEL_VERSION,
      datasetVersions: JSON.stringify(scores.datasetVersions),
      scores: JSON.stringify(scores),
      isCurrent: true,
      createdById: input.createdById,
    },
    select: { id: true },
  });
}

export type ScoreSnapshotView = {
  scores: AssessmentScores;
  instrumentVersion: string;
  scoringModelVersion: string;
  datasetVersions: Record<string, string>;
  createdAt: Date;
};

/**
 * The assessment's current snapshot, parsed, or null before its first submission. No access check here:
 * callers check access to the assessment first (e.g. with getAssessment), then read its snapshot.
 */
export async function getCurrentSnapshot(assessmentId: string, client: DbClient = db): Promise<ScoreSnapshotView | null> {
  const row = await client.scoreSnapshot.findFirst({
    where: { assessmentId, isCurrent: true },
    orderBy: { createdAt: "desc" },
  });
  if (!row) return null;
  return {
    scores: JSON.parse(row.scores) as AssessmentScores,
    instrumentVersion: row.instrumentVersion,
    scoringModelVersion: row.scoringModelVersion,
    datasetVersions: JSON.parse(row.datasetVersions) as Record<string, string>,
    createdAt: row.createdAt,
  };
}
