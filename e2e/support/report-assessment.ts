import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { dimensionRows, indexColumns } from "@/lib/data/snapshots/typed-scores";
import type { Answers } from "@/lib/questionnaire/types";
import { scoreAssessment } from "@/lib/scoring/score-assessment";

/**
 * The e2e server's database (scripts/e2e-server.sh). Plain better-sqlite3: the generated Prisma client is an
 * ES module that Playwright's CommonJS test loader cannot run.
 */
const E2E_DATABASE_FILE = "./e2e/.tmp/e2e.db";

/** The Prisma SQLite adapter stores DateTime as ISO text with an explicit UTC offset. */
function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * A submitted (or draft) assessment of a demo agency with its answers, section comments and, when submitted,
 * its score snapshot, written straight to the e2e database. The snapshot is computed with the engine the
 * server uses at submission (lib/scoring, against the built-in datasets the seed publishes). A second call
 * for the same agency and round replaces the earlier assessment. Returns its id.
 */
export function createScoredAssessment(input: {
  agencyId: string;
  userEmail: string;
  round: number;
  answers: Answers;
  comments?: Record<string, string>;
  status?: "SUBMITTED" | "DRAFT";
}): string {
  const db = new Database(E2E_DATABASE_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    const user = db.prepare("SELECT id FROM User WHERE email = ?").get(input.userEmail) as { id: string } | undefined;
    if (!user) throw new Error(`No user ${input.userEmail} in the e2e database`);
    const status = input.status ?? "SUBMITTED";
    const scores = scoreAssessment(input.answers, getBuiltinDatasets());
    const now = sqliteDate(new Date());
    const id = randomUUID();
    db.transaction(() => {
      const existing = db.prepare("SELECT id FROM Assessment WHERE agencyId = ? AND round = ?").get(input.agencyId, input.round) as { id: string } | undefined;
      if (existing) {
        db.prepare("DELETE FROM SnapshotDimension WHERE snapshotId IN (SELECT id FROM ScoreSnapshot WHERE assessmentId = ?)").run(existing.id);
        for (const table of ["ScoreSnapshot", "Answer", "SectionState", "StatusEvent", "ReviewComment"]) {
          db.prepare(`DELETE FROM ${table} WHERE assessmentId = ?`).run(existing.id);
        }
        db.prepare("DELETE FROM Assessment WHERE id = ?").run(existing.id);
      }
      db.prepare(
        `INSERT INTO Assessment (id, agencyId, round, status, instrumentVersion, createdById, submittedAt, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, input.agencyId, input.round, status, scores.instrumentVersion, user.id, status === "SUBMITTED" ? now : null, now, now);
      const answer = db.prepare("INSERT INTO Answer (id, assessmentId, itemId, value, otherText, updatedById, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)");
      for (const [itemId, entry] of Object.entries(input.answers)) {
        answer.run(randomUUID(), id, itemId, JSON.stringify(entry.value), entry.otherText ?? null, user.id, now);
      }
      const section = db.prepare("INSERT INTO SectionState (id, assessmentId, sectionId, comment, needsConfirmation, updatedById, updatedAt) VALUES (?, ?, ?, ?, 0, ?, ?)");
      for (const [sectionId, comment] of Object.entries(input.comments ?? {})) section.run(randomUUID(), id, sectionId, comment, user.id, now);
      if (status === "SUBMITTED") {
        // The snapshot as submission stores it: the JSON and its typed columns (lib/data/snapshots/typed-scores).
        const snapshotId = randomUUID();
        const index = indexColumns(scores);
        db.prepare(
          `INSERT INTO ScoreSnapshot (id, assessmentId, currentForId, instrumentVersion, scoringModelVersion, datasetVersions, scores,
             digitalMaturity, digitalMaturityStage, youthReadiness, youthReadinessStage, createdById, createdAt)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(snapshotId, id, id, scores.instrumentVersion, scores.scoringModelVersion, JSON.stringify(scores.datasetVersions), JSON.stringify(scores),
          index.digitalMaturity, index.digitalMaturityStage, index.youthReadiness, index.youthReadinessStage, user.id, now);
        const dimension = db.prepare("INSERT INTO SnapshotDimension (snapshotId, dimension, score, stage, itemCount, answeredWithPoints) VALUES (?, ?, ?, ?, ?, ?)");
        for (const d of dimensionRows(scores)) dimension.run(snapshotId, d.dimension, d.score, d.stage, d.itemCount, d.answeredWithPoints);
      }
    })();
    return id;
  } finally {
    db.close();
  }
}
