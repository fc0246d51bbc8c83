import { expect, type Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/db-client";
import { startAssessment } from "./questionnaire";

/** The e2e server's database (scripts/e2e-server.sh). */
const E2E_DATABASE_URL = "file:./e2e/.tmp/e2e.db";

export type AnswerProfile = Record<string, string | string[] | number>;

/**
 * Writes a whole answer profile straight into the database (quicker than clicking ~60 questions, which the
 * questionnaire journey already covers), as if the respondent had saved each answer.
 */
export async function insertAnswers(assessmentId: string, answers: AnswerProfile, respondentEmail: string): Promise<void> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: respondentEmail }, select: { id: true } });
    for (const [itemId, value] of Object.entries(answers)) {
      const data = { value: JSON.stringify(value), otherText: null, updatedById: user.id };
      await db.answer.upsert({
        where: { assessmentId_itemId: { assessmentId, itemId } },
        create: { assessmentId, itemId, ...data },
        update: data,
      });
    }
  } finally {
    await db.$disconnect();
  }
}

/**
 * Starts an assessment for `round` through the UI, stores the answers, then submits it through the review
 * page like a respondent (the submission computes and stores the score snapshot). Returns its id.
 */
export async function submitAssessmentWith(page: Page, round: number, answers: AnswerProfile, respondentEmail: string): Promise<string> {
  const id = await startAssessment(page, round);
  await insertAnswers(id, answers, respondentEmail);
  await page.goto(`/assessments/${id}/review`);
  await expect(page.getByTestId("missing-items")).toHaveCount(0);
  await page.locator("main").getByRole("checkbox").check();
  await page.getByTestId("submit-assessment").click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}$`));
  await expect(page.getByTestId("results-link")).toBeVisible();
  return id;
}
