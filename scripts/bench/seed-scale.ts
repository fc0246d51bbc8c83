/**
 * Seeds a fresh SQLite database with N realistic assessments for the scale benchmark, fast: valid
 * answers (lib/testing/random-answers, checked by the instrument's own schemas), snapshots scored by the
 * real engine against the built-in datasets (as at submission), their typed columns derived as submission
 * derives them (lib/data/snapshots/typed-scores), half of the assessments approved, seven regions.
 * Written with prepared statements in large transactions (bulk inserts), not row by row through Prisma.
 * Scoring every assessment would take minutes: a pool of answer profiles is scored once and shared.
 */
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { getBuiltinDatasets } from "@/lib/benchmarks/builtin";
import { createPrismaClient } from "@/lib/db-client";
import { dimensionRows, indexColumns } from "@/lib/data/snapshots/typed-scores";
import { instrument } from "@/lib/questionnaire/instrument";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { randomAnswers, seededRandom } from "@/lib/testing/random-answers";
import { seedDatasets } from "@/prisma/seed/seed-datasets";
import { deployMigrations } from "@/scripts/db/migrate";

const REGIONS = ["AP", "LAC", "AFRICA", "EUROPE", "ARAB_STATES", "NORTH_AMERICA", "OTHER"] as const;
const COUNTRIES = ["MX", "TH", "SN", "IN", "FR", "BR", "KE", "JO", "CA", "VN"] as const;
const NAMES = ["Employment Office", "Servicio de Empleo", "Agence de l'emploi", "สำนักงานจัดหางาน", "रोजगार कार्यालय"] as const;
const PROFILES = 400;
const ROUNDS = [2025, 2026] as const;

export type SeededScale = {
  coordinatorId: string;
  /** A respondent whose agency's latest assessment is approved (its results page shows the live cohorts). */
  respondent: { id: string; agencyId: string; assessmentId: string };
  assessments: number;
  agencies: number;
};

const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");
const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(8, "0")}`;

export async function seedScale(url: string, assessments: number, log: (line: string) => void): Promise<SeededScale> {
  await deployMigrations({ url, log: () => {} });
  const prisma = createPrismaClient(url);
  await seedDatasets(prisma);
  await prisma.$disconnect();

  const random = seededRandom(assessments);
  const datasets = getBuiltinDatasets();
  const started = performance.now();
  const profiles = Array.from({ length: Math.min(PROFILES, assessments) }, (_, i) => {
    const answers = randomAnswers(random, (i % 13) / 4, i % 9 === 0 ? 0.4 : 0.08);
    const scores = scoreAssessment(answers, datasets);
    return {
      answers: Object.entries(answers).map(([itemId, entry]) => [itemId, JSON.stringify(entry.value), entry.otherText ?? null] as const),
      scores,
      json: JSON.stringify(scores),
      versions: JSON.stringify(scores.datasetVersions),
      index: indexColumns(scores),
      dimensions: dimensionRows(scores),
    };
  });
  log(`scored ${profiles.length} answer profiles with the real engine in ${Math.round(performance.now() - started)} ms`);

  const db = new Database(url.slice("file:".length));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const now = iso(new Date());
  const passwordless = null;
  db.prepare("INSERT INTO User (id, email, name, passwordHash, role, agencyId, updatedAt) VALUES (?, ?, ?, ?, 'COORDINATOR', NULL, ?)").run(
    "bench-coordinator", "coordinator@bench.example", "Bench coordinator", passwordless, now,
  );
  const insertAgency = db.prepare("INSERT INTO Agency (id, name, countryCode, region, liveCohortOptOut, updatedAt) VALUES (?, ?, ?, ?, ?, ?)");
  const insertUser = db.prepare("INSERT INTO User (id, email, name, role, agencyId, updatedAt) VALUES (?, ?, ?, 'RESPONDENT', ?, ?)");
  const insertAssessment = db.prepare(
    "INSERT INTO Assessment (id, agencyId, round, status, instrumentVersion, createdById, submittedAt, approvedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertAnswer = db.prepare("INSERT INTO Answer (id, assessmentId, itemId, value, otherText, updatedById, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const insertSnapshot = db.prepare(
    `INSERT INTO ScoreSnapshot (id, assessmentId, currentForId, instrumentVersion, scoringModelVersion, datasetVersions, scores,
       digitalMaturity, digitalMaturityStage, youthReadiness, youthReadinessStage, createdById, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDimension = db.prepare("INSERT INTO SnapshotDimension (snapshotId, dimension, score, stage, itemCount, answeredWithPoints) VALUES (?, ?, ?, ?, ?, ?)");

  // Each agency has ROUNDS.length assessments; statuses: half approved, the rest submitted, returned or draft.
  const agencies = Math.ceil(assessments / ROUNDS.length);
  let respondent: SeededScale["respondent"] | undefined;
  let written = 0;
  let answerId = 0;
  const batch = db.transaction((from: number, to: number) => {
    for (let a = from; a < to; a++) {
      const agencyId = id("ag", a);
      const userId = id("us", a);
      insertAgency.run(agencyId, `${NAMES[a % NAMES.length]} ${a}`, COUNTRIES[a % COUNTRIES.length], REGIONS[a % REGIONS.length], a % 50 === 7 ? 1 : 0, now);
      insertUser.run(userId, `respondent-${a}@bench.example`, `Respondent ${a}`, agencyId, now);
      for (const [r, round] of ROUNDS.entries()) {
        const n = a * ROUNDS.length + r;
        if (n >= assessments) break;
        const roll = random();
        const status = roll < 0.5 ? "APPROVED" : roll < 0.7 ? "SUBMITTED" : roll < 0.8 ? "RETURNED" : "DRAFT";
        const assessmentId = id("as", n);
        const profile = profiles[Math.floor(random() * profiles.length)]!;
        const day = iso(new Date(Date.UTC(round, 0, 1 + (n % 300))));
        insertAssessment.run(assessmentId, agencyId, round, status, instrument.version, userId, status === "DRAFT" ? null : day, status === "APPROVED" ? day : null, day, day);
        for (const [itemId, value, otherText] of profile.answers) insertAnswer.run(id("an", answerId++), assessmentId, itemId, value, otherText, userId, day);
        if (status !== "DRAFT") {
          const snapshotId = id("sn", n);
          const { index } = profile;
          insertSnapshot.run(snapshotId, assessmentId, assessmentId, instrument.version, profile.scores.scoringModelVersion, profile.versions, profile.json,
            index.digitalMaturity, index.digitalMaturityStage, index.youthReadiness, index.youthReadinessStage, userId, day);
          for (const d of profile.dimensions) insertDimension.run(snapshotId, d.dimension, d.score, d.stage, d.itemCount, d.answeredWithPoints);
        }
        if (status === "APPROVED" && r === ROUNDS.length - 1 && a % 50 !== 7 && !respondent) respondent = { id: userId, agencyId, assessmentId };
        written += 1;
      }
    }
  });
  const CHUNK = 2_000;
  for (let from = 0; from < agencies; from += CHUNK) {
    batch(from, Math.min(agencies, from + CHUNK));
    if ((from / CHUNK) % 10 === 9) log(`  ${written} assessments written`);
  }
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  db.close();
  log(`seeded ${written} assessments of ${agencies} agencies in ${Math.round((performance.now() - started) / 1000)} s`);
  if (!respondent) throw new Error("No approved latest assessment was seeded: use more assessments");
  return { coordinatorId: "bench-coordinator", respondent, assessments: written, agencies };
}

/**
 * What `seedScale` returned, read back from a database it seeded earlier (`bench:scale -- --database`):
 * seeding 100,000 assessments takes minutes, measuring again should not.
 */
export function readSeededScale(file: string): SeededScale {
  const db = new Database(file, { readonly: true });
  const respondent = db
    .prepare(
      `SELECT u.id AS id, a.agencyId AS agencyId, a.id AS assessmentId FROM Assessment a
       JOIN Agency g ON g.id = a.agencyId JOIN User u ON u.agencyId = a.agencyId
       WHERE a.status = 'APPROVED' AND a.round = ? AND g.liveCohortOptOut = 0 ORDER BY a.id LIMIT 1`,
    )
    .get(ROUNDS[ROUNDS.length - 1]) as SeededScale["respondent"] | undefined;
  const counts = db.prepare("SELECT (SELECT COUNT(*) FROM Assessment) AS assessments, (SELECT COUNT(*) FROM Agency) AS agencies").get() as {
    assessments: number;
    agencies: number;
  };
  db.close();
  if (!respondent) throw new Error(`${file} was not seeded by bench:scale (no approved latest assessment)`);
  return { coordinatorId: "bench-coordinator", respondent, ...counts };
}

/** A random hex id for sessions. */
export const sessionId = () => `bench-${randomBytes(8).toString("hex")}`;
