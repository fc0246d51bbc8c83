import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import Database from "better-sqlite3";
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, useLocale } from "../fixtures";
import { sqliteDate, uniqueEmail } from "./admin-db";

/**
 * A throw-away agency with two respondents, so field journeys (co-editing, revoked sessions, offline)
 * never share rows with other journeys. Written straight to the e2e SQLite file (see admin-db.ts).
 */
const DB_FILE = "e2e/.tmp/e2e.db";

function open() {
  const db = new Database(DB_FILE);
  db.pragma("busy_timeout = 5000");
  return db;
}

export type Member = { id: string; email: string; name: string };
export type Team = { agencyId: string; members: [Member, Member] };

export async function createTeam(label: string): Promise<Team> {
  const agencyId = randomUUID();
  const now = sqliteDate(new Date());
  const hash = await bcrypt.hash(DEMO_PASSWORD, 4);
  const members = ["Ana", "Luis"].map((first) => ({ id: randomUUID(), email: uniqueEmail(`${label}-${first.toLowerCase()}`), name: `${first} ${label}` })) as [Member, Member];
  const db = open();
  try {
    db.prepare(`INSERT INTO "Agency" (id, name, countryCode, region, language, active, liveCohortOptOut, createdAt, updatedAt) VALUES (?, ?, 'MX', 'LAC', 'es', 1, 0, ?, ?)`).run(
      agencyId,
      `E2E ${label} ${agencyId.slice(0, 6)}`,
      now,
      now,
    );
    for (const member of members) {
      db.prepare(
        `INSERT INTO "User" (id, email, name, passwordHash, role, agencyId, active, language, mustResetPassword, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, 'RESPONDENT', ?, 1, 'en', 0, ?, ?)`,
      ).run(member.id, member.email, member.name, hash, agencyId, now, now);
    }
  } finally {
    db.close();
  }
  return { agencyId, members };
}

/** Ends every open session of the user on the server (what sign-out elsewhere or an expiry does). */
export function revokeSessionsOf(userId: string): number {
  const db = open();
  try {
    return db.prepare(`UPDATE "UserSession" SET revokedAt = ? WHERE userId = ? AND revokedAt IS NULL`).run(sqliteDate(new Date()), userId).changes;
  } finally {
    db.close();
  }
}

/** The stored answers of an assessment: item id → { value (parsed), version }. */
export function storedAnswers(assessmentId: string): Record<string, { value: unknown; version: number }> {
  const db = open();
  try {
    const rows = db.prepare(`SELECT itemId, value, version FROM "Answer" WHERE assessmentId = ?`).all(assessmentId) as { itemId: string; value: string; version: number }[];
    return Object.fromEntries(rows.map((row) => [row.itemId, { value: JSON.parse(row.value), version: row.version }]));
  } finally {
    db.close();
  }
}

/** Creates a draft for the team straight in the database; returns its id. */
export function createDraft(team: Team, round = 2030): string {
  const id = randomUUID();
  const now = sqliteDate(new Date());
  const db = open();
  try {
    db.prepare(
      `INSERT INTO "Assessment" (id, agencyId, round, status, instrumentVersion, createdById, createdAt, updatedAt) VALUES (?, ?, ?, 'DRAFT', '2026.1', ?, ?, ?)`,
    ).run(id, team.agencyId, round, team.members[0].id, now, now);
  } finally {
    db.close();
  }
  return id;
}

/** Signs a member in through the sign-in page, in English. */
export async function signInMember(page: Page, member: Member): Promise<void> {
  await page.goto("/sign-in");
  await expect(page.locator('form button[type="submit"]')).toBeEnabled();
  await page.locator('input[type="email"]').fill(member.email);
  await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/assessments$/);
  await useLocale(page, "en");
}

/** A fresh browser context (its own cookies and IndexedDB) signed in as the member. */
export async function memberPage(browser: Browser, member: Member): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInMember(page, member);
  return page;
}

/** The section form is ready: hydrated and the answers waiting on this device shown. */
export async function waitForForm(page: Page): Promise<void> {
  await expect(page.getByTestId("section-fields")).toBeEnabled();
}
