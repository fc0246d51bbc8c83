import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import Database from "better-sqlite3";
import { sqliteDate } from "./admin-db";
import { dimensionRows, indexColumns } from "../../lib/data/snapshots/typed-scores";
import { scoreAssessment } from "../../lib/scoring/score-assessment";
import type { AnswerProfile } from "./submitted-assessment";

/**
 * Cohorts of approved agencies for the study journeys, written straight into the e2e database (approving
 * six agencies through the UI would repeat review.spec six times). Each agency gets its own respondent,
 * so that any of them can sign in; every name is unique to the run.
 */
const DB_FILE = "e2e/.tmp/e2e.db";
export const STUDY_PASSWORD = "Study-2026-pes";

function open() {
  const db = new Database(DB_FILE);
  db.pragma("busy_timeout = 5000");
  return db;
}

export type StudyAgency = { agencyId: string; name: string; email: string; userId: string };

/** A new agency of `region` with one respondent (password STUDY_PASSWORD). */
export async function createStudyAgency(region: string, label: string, countryCode = "JO"): Promise<StudyAgency> {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const agencyId = `study-${run}`;
  const userId = randomUUID();
  const name = `${label} ${run}`;
  const email = `study-${run}@e2e.demo`;
  const now = sqliteDate(new Date());
  const hash = await bcrypt.hash(STUDY_PASSWORD, 4);
  const db = open();
  try {
    db.transaction(() => {
      db.prepare(
        `INSERT INTO "Agency" (id, name, countryCode, region, language, active, liveCohortOptOut, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, 'en', 1, 0, ?, ?)`,
      ).run(agencyId, name, countryCode, region, now, now);
      db.prepare(
        `INSERT INTO "User" (id, email, name, passwordHash, role, agencyId, active, language, mustResetPassword, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, 'RESPONDENT', ?, 1, 'en', 0, ?, ?)`,
      ).run(userId, email, `Respondent ${run}`, hash, agencyId, now, now);
    })();
  } finally {
    db.close();
  }
  return { agencyId, name, email, userId };
}

/**
 * An APPROVED assessment of the agency for `round` with these answers and its score snapshot (scored by
 * the engine itself, as a submission would, against no dataset: the cohorts read answers and scores).
 */
export function insertApprovedAssessment(agency: StudyAgency, round: number, answers: AnswerProfile): string {
  const id = randomUUID();
  const now = sqliteDate(new Date());
  const db = open();
  try {
    db.transaction(() => {
      db.prepare(
        `INSERT INTO "Assessment" (id, agencyId, round, status, instrumentVersion, createdById, submittedAt, approvedAt, createdAt, updatedAt)
         VALUES (?, ?, ?, 'APPROVED', '2026.1', ?, ?, ?, ?, ?)`,
      ).run(id, agency.agencyId, round, agency.userId, now, now, now, now);
      const insert = db.prepare(`INSERT INTO "Answer" (id, assessmentId, itemId, value, otherText, updatedById, updatedAt) VALUES (?, ?, ?, ?, NULL, ?, ?)`);
      for (const [itemId, value] of Object.entries(answers)) insert.run(randomUUID(), id, itemId, JSON.stringify(value), agency.userId, now);
      const scores = scoreAssessment(Object.fromEntries(Object.entries(answers).map(([itemId, value]) => [itemId, { value }])), []);
      // The snapshot as submission stores it: the JSON and its typed columns (lib/data/snapshots/typed-scores).
      const snapshotId = randomUUID();
      const index = indexColumns(scores);
      db.prepare(
        `INSERT INTO "ScoreSnapshot" (id, assessmentId, currentForId, instrumentVersion, scoringModelVersion, datasetVersions, scores,
           digitalMaturity, digitalMaturityStage, youthReadiness, youthReadinessStage, createdById, createdAt)
         VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?)`,
      ).run(snapshotId, id, id, scores.instrumentVersion, scores.scoringModelVersion, JSON.stringify(scores),
        index.digitalMaturity, index.digitalMaturityStage, index.youthReadiness, index.youthReadinessStage, agency.userId, now);
      const dimension = db.prepare(`INSERT INTO "SnapshotDimension" (snapshotId, dimension, score, stage, itemCount, answeredWithPoints) VALUES (?, ?, ?, ?, ?, ?)`);
      for (const d of dimensionRows(scores)) dimension.run(snapshotId, d.dimension, d.score, d.stage, d.itemCount, d.answeredWithPoints);
    })();
  } finally {
    db.close();
  }
  return id;
}
