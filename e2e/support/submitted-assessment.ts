import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { startAssessment } from "./questionnaire";

/**
 * The e2e server's database (scripts/e2e-server.sh). Plain better-sqlite3: the generated Prisma client is
 * an ES module that Playwright's CommonJS test loader cannot run.
 */
const E2E_DATABASE_FILE = "./e2e/.tmp/e2e.db";

export type AnswerProfile = Record<string, string | string[] | number>;

/**
 * Writes a whole answer profile straight into the database (quicker than clicking ~60 questions, which the
 * questionnaire journey already covers), as if the respondent had saved each answer.
 */
export function insertAnswers(assessmentId: string, answers: AnswerProfile, respondentEmail: string): void {
  const db = new Database(E2E_DATABASE_FILE);
  try {
    const user = db.prepare("SELECT id FROM User WHERE email = ?").get(respondentEmail) as { id: string } | undefined;
    if (!user) throw new Error(`No user ${respondentEmail} in the e2e database`);
    const upsert = db.prepare(
      `INSERT INTO Answer (id, assessmentId, itemId, value, otherText, updatedById, updatedAt) VALUES (?, ?, ?, ?, NULL, ?, ?)
       ON CONFLICT (assessmentId, itemId) DO UPDATE SET value = excluded.value, updatedById = excluded.updatedById, updatedAt = excluded.updatedAt`,
    );
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.transaction(() => {
      for (const [itemId, value] of Object.entries(answers)) upsert.run(randomUUID(), assessmentId, itemId, JSON.stringify(value), user.id, now);
    })();
  } finally {
    db.close();
  }
}

/**
 * Starts an assessment for `round` through the UI, stores the answers, then submits it through the review
 * page like a respondent (the submission computes and stores the score snapshot). Returns its id.
 */
export async function submitAssessmentWith(page: Page, round: number, answers: AnswerProfile, respondentEmail: string): Promise<string> {
  const id = await startAssessment(page, round);
  insertAnswers(id, answers, respondentEmail);
  await page.goto(`/assessments/${id}/review`);
  await expect(page.getByTestId("missing-items")).toHaveCount(0);
  await page.locator("main").getByRole("checkbox").check();
  await page.getByTestId("submit-assessment").click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}$`));
  await expect(page.getByTestId("results-link")).toBeVisible();
  return id;
}
