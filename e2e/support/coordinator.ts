import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { hashPassword } from "../../lib/auth/password";
import { allItems } from "../../lib/questionnaire/lookup";
import { SCALE_OPTIONS } from "../../lib/questionnaire/scales";
import type { AnswerValue, Item } from "../../lib/questionnaire/types";
import { DEMO_PASSWORD, signIn } from "../fixtures";

/**
 * The e2e server's database (scripts/e2e-server.sh), for arranging data and reading the audit log. Plain
 * better-sqlite3: the generated Prisma client is an ES module that Playwright's CommonJS loader cannot run.
 */
const E2E_DATABASE_FILE = "./e2e/.tmp/e2e.db";

function withDb<T>(work: (db: Database.Database) => T): T {
  const db = new Database(E2E_DATABASE_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** The Prisma SQLite adapter stores DateTime as ISO text with an explicit UTC offset. */
const now = () => new Date().toISOString().replace("Z", "+00:00");

/** Runs one read query on the e2e database. */
export function query<T>(sql: string, ...params: unknown[]): T[] {
  return withDb((db) => db.prepare(sql).all(...params) as T[]);
}

/** Runs one write statement on the e2e database. */
export function execute(sql: string, ...params: unknown[]): void {
  withDb((db) => db.prepare(sql).run(...params));
}

type Points = 0 | 1 | 2 | 3;

/** A valid answer for every item; scored items get the option worth `points`. */
function answerFor(item: Item, points: Points): AnswerValue {
  switch (item.kind) {
    case "status":
    case "adoption":
      // Scale order is 3, 2, 1, 0 points, then "don't know".
      return SCALE_OPTIONS[item.kind][3 - points]!;
    case "budget":
      return "same";
    case "single":
      return item.options[0]!;
    case "multi":
      return [item.options[0]!];
    case "number":
      return item.min;
    case "text":
      return "Ferias de empleo";
  }
}

/**
 * A complete draft assessment with its answers inserted directly (fast); submit it through the real UI
 * with `submitThroughUi` so that the status change and the score snapshot come from the app itself.
 */
export function createCompleteDraft(agencyId: string, round: number, points: Points): string {
  return withDb((db) => {
    const creator = db.prepare("SELECT id FROM User WHERE agencyId = ? LIMIT 1").get(agencyId) as { id: string };
    const id = randomUUID();
    const at = now();
    db.transaction(() => {
      db.prepare("INSERT INTO Assessment (id, agencyId, round, status, instrumentVersion, createdById, createdAt, updatedAt) VALUES (?, ?, ?, 'DRAFT', '2026.1', ?, ?, ?)").run(
        id, agencyId, round, creator.id, at, at,
      );
      db.prepare("INSERT INTO StatusEvent (id, assessmentId, fromStatus, toStatus, actorId, createdAt) VALUES (?, ?, NULL, 'DRAFT', ?, ?)").run(randomUUID(), id, creator.id, at);
      const answer = db.prepare("INSERT INTO Answer (id, assessmentId, itemId, value, otherText, updatedById, updatedAt) VALUES (?, ?, ?, ?, NULL, ?, ?)");
      for (const item of allItems) answer.run(randomUUID(), id, item.id, JSON.stringify(answerFor(item, points)), creator.id, at);
    })();
    return id;
  });
}

/** Submits as the signed-in respondent from the review page. */
export async function submitThroughUi(page: Page, assessmentId: string): Promise<void> {
  await page.goto(`/assessments/${assessmentId}/review`);
  await page.getByLabel(/I confirm that these answers are final/).check();
  await page.getByTestId("submit-assessment").click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}$`));
}

/** A new agency with one respondent (for journeys that need an agency of their own). */
export async function createAgencyWithRespondent(key: string, agency: { name: string; countryCode: string; region: "AP" | "LAC" | "AFRICA" | "EUROPE" }) {
  const agencyId = randomUUID();
  const email = `respondent-${key}-${Date.now()}@e2e.test`;
  const passwordHash = await hashPassword(DEMO_PASSWORD, 4);
  withDb((db) => {
    const at = now();
    db.prepare("INSERT INTO Agency (id, name, countryCode, region, language, active, liveCohortOptOut, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'en', 1, 0, ?, ?)").run(
      agencyId, agency.name, agency.countryCode, agency.region, at, at,
    );
    db.prepare(
      "INSERT INTO User (id, email, name, passwordHash, role, agencyId, active, language, mustResetPassword, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'RESPONDENT', ?, 1, 'en', 0, ?, ?)",
    ).run(randomUUID(), email, `Respondent ${key}`, passwordHash, agencyId, at, at);
  });
  return { agencyId, email };
}

/** Signs in with an account created by a helper (not one of the demo accounts). */
export async function signInWithEmail(page: Page, email: string, home = "/assessments"): Promise<void> {
  await signIn(page, email);
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", domain: url.hostname, path: "/" }]);
}

/**
 * Ends the session for the next role of a journey. The page is left first: a request still in flight
 * (a link prefetch) would otherwise come back with a refreshed session cookie after it was cleared.
 */
export async function signOut(page: Page): Promise<void> {
  await page.goto("about:blank");
  await page.context().clearCookies();
}
