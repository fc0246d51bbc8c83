import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnswerValue, Answers } from "@/lib/questionnaire/types";
import { scoreAssessment, type AssessmentScores } from "@/lib/scoring/score-assessment";
import { getPublishedDatasets } from "./datasets";

type DbClient = Prisma.TransactionClient;

export type ScoreSnapshotView = {
  id: string;
  scores: AssessmentScores;
  instrumentVersion: string;
  scoringModelVersion: string;
  datasetVersions: Record<string, string>;
  createdAt: Date;
};

/** Stored answer rows → the engine's `Answers` (values are JSON text in the database). */
export function toAnswers(rows: { itemId: string; value: string; otherText: string | null }[]): Answers {
  return Object.fromEntries(
    rows.map((row) => [row.itemId, { value: JSON.parse(row.value) as AnswerValue, otherText: row.otherText }]),
  );
}

/**
 * Scores the assessment's stored answers against the published datasets and stores the result as the
 * current snapshot (methodology §7), replacing any earlier current one. Call it inside the transaction
 * that changes the status, so a submission never exists without its scores. The caller checks access.
 */
export async function createScoreSnapshot(client: DbClient, assessmentId: string, actorId: string) {
  const answers = toAnswers(await client.answer.findMany({ where: { assessmentId } }));
  const datasets = await getPublishedDatasets(client);
  const scores = scoreAssessment(answers, datasets);
  await client.scoreSnapshot.updateMany({ where: { assessmentId, isCurrent: true }, data: { isCurrent: false } });
  return client.scoreSnapshot.create({
    data: {
      assessmentId,
      instrumentVersion: scores.instrumentVersion,
      scoringModelVersion: scores.scoringModelVersion,
      datasetVersions: JSON.stringify(scores.datasetVersions),
      scores: JSON.stringify(scores),
      isCurrent: true,
      createdById: actorId,
    },
  });
}

/** The scores the results page and the PDF show; `null` for an assessment never submitted. Caller checks access. */
export async function getCurrentSnapshot(assessmentId: string, client: DbClient = db): Promise<ScoreSnapshotView | null> {
  const row = await client.scoreSnapshot.findFirst({
    where: { assessmentId, isCurrent: true },
    orderBy: { createdAt: "desc" },
  });
  if (!row) return null;
  return {
    id: row.id,
    scores: JSON.parse(row.scores) as AssessmentScores,
    instrumentVersion: row.instrumentVersion,
    scoringModelVersion: row.scoringModelVersion,
    datasetVersions: JSON.parse(row.datasetVersions) as Record<string, string>,
    createdAt: row.createdAt,
  };
}
