import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import Database from "better-sqlite3";

/**
 * Direct access to the e2e database (the SQLite file scripts/e2e-server.sh creates) for what the UI cannot
 * do on purpose: age a link, create a throw-away account quickly, check what was written.
 *
 * Why not the app's Prisma client (lib/db-client.ts)? Its generated code uses `import.meta`, which
 * Playwright's CommonJS test loader cannot run ("exports is not defined in ES module scope"). The few
 * statements here are plain SQL on the same file; dates are written in the format the Prisma adapter uses.
 */
const DB_FILE = "e2e/.tmp/e2e.db";

function open() {
  const db = new Database(DB_FILE);
  db.pragma("busy_timeout = 5000");
  return db;
}

/** The Prisma SQLite adapter stores DateTime as ISO text with an explicit UTC offset. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

let counter = 0;
/** A unique email per call, so that journeys never depend on each other's data. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@e2e.demo`;
}

/** A respondent of the demo Mexican agency with a known password (bcrypt cost 4: fast, still verified by the app). */
export async function createRespondent(email: string, password: string): Promise<{ id: string }> {
  const id = randomUUID();
  const now = sqliteDate(new Date());
  const db = open();
  try {
    db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, role, agencyId, active, language, mustResetPassword, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 'RESPONDENT', 'demo-agency-mx', 1, 'en', 0, ?, ?)`,
    ).run(id, email, `E2E ${email.split("@")[0]}`, await bcrypt.hash(password, 4), now, now);
  } finally {
    db.close();
  }
  return { id };
}

/** Moves every open link of the user into the past; returns how many there were. */
export function expireLinksOf(email: string): number {
  const db = open();
  try {
    const past = sqliteDate(new Date(Date.now() - 60_000));
    return db
      .prepare(`UPDATE "AuthToken" SET expiresAt = ? WHERE usedAt IS NULL AND userId = (SELECT id FROM "User" WHERE email = ?)`)
      .run(past, email).changes;
  } finally {
    db.close();
  }
}

type Row = Record<string, unknown>;

/** A read-only query, for assertions on what the app wrote. */
export function query<T extends Row = Row>(sql: string, ...params: unknown[]): T[] {
  const db = open();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/**
 * A draft assessment of the given agency for the given round (created once, then reused): a record with
 * an owner, for checks of who may open it.
 */
export function ensureAssessment(agencyId: string, round: number): string {
  const db = open();
  try {
    const creator = db.prepare(`SELECT id FROM "User" WHERE agencyId = ? LIMIT 1`).get(agencyId) as { id: string };
    const now = sqliteDate(new Date());
    db.prepare(
      `INSERT OR IGNORE INTO "Assessment" (id, agencyId, round, status, instrumentVersion, createdById, createdAt, updatedAt)
       VALUES (?, ?, ?, 'DRAFT', '2026.1', ?, ?, ?)`,
    ).run(randomUUID(), agencyId, round, creator.id, now, now);
    return (db.prepare(`SELECT id FROM "Assessment" WHERE agencyId = ? AND round = ?`).get(agencyId, round) as { id: string }).id;
  } finally {
    db.close();
  }
}

/** A write statement, for records a spec creates for itself (returns the number of rows changed). */
export function execute(sql: string, ...params: unknown[]): number {
  const db = open();
  try {
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}
