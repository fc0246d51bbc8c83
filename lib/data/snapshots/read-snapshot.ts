import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assessmentScoresSchema, datasetVersionsSchema, READABLE_SCORING_MODELS } from "@/lib/scoring/snapshot-schema";
import type { AssessmentScores } from "@/lib/scoring/types";

export type ScoreSnapshotView = {
  id: string;
  scores: AssessmentScores;
  instrumentVersion: string;
  scoringModelVersion: string;
  datasetVersions: Record<string, string>;
  createdAt: Date;
};

type SnapshotRow = {
  id: string;
  scores: Prisma.JsonValue;
  datasetVersions: Prisma.JsonValue;
  instrumentVersion: string;
  scoringModelVersion: string;
  createdAt: Date;
};

/** A stored snapshot this code cannot read: a newer scoring model, or a damaged row. A bug, never user input. */
export class SnapshotReadError extends Error {
  constructor(snapshotId: string, reason: string) {
    super(`Score snapshot ${snapshotId} cannot be read: ${reason}`);
    this.name = "SnapshotReadError";
  }
}

/**
 * The one way to read a stored snapshot: its scoring model must be one this code knows, its JSON must pass
 * the engine's schema and agree with the versions stored beside it. Anything else throws (a 5xx), because
 * showing scores from a snapshot we cannot vouch for would be worse than showing none.
 */
export function readSnapshot(row: SnapshotRow): ScoreSnapshotView {
  if (!(READABLE_SCORING_MODELS as readonly string[]).includes(row.scoringModelVersion)) {
    throw new SnapshotReadError(row.id, `unknown scoring model ${row.scoringModelVersion}`);
  }
  const scores = assessmentScoresSchema.safeParse(row.scores);
  if (!scores.success) throw new SnapshotReadError(row.id, scores.error.message);
  const datasetVersions = datasetVersionsSchema.safeParse(row.datasetVersions);
  if (!datasetVersions.success) throw new SnapshotReadError(row.id, datasetVersions.error.message);
  if (scores.data.scoringModelVersion !== row.scoringModelVersion || scores.data.instrumentVersion !== row.instrumentVersion) {
    throw new SnapshotReadError(row.id, "its scores disagree with the versions stored beside them");
  }
  return {
    id: row.id,
    scores: scores.data,
    instrumentVersion: row.instrumentVersion,
    scoringModelVersion: row.scoringModelVersion,
    datasetVersions: datasetVersions.data,
    createdAt: row.createdAt,
  };
}

/**
 * The assessment's current snapshot, or null before its first submission. No access check here:
 * callers check access to the assessment first (e.g. with getAssessment), then read its snapshot.
 */
export async function getCurrentSnapshot(assessmentId: string, client: Prisma.TransactionClient = db): Promise<ScoreSnapshotView | null> {
  const row = await client.scoreSnapshot.findUnique({ where: { currentForId: assessmentId } });
  return row ? readSnapshot(row) : null;
}
