import { expect, type Page } from "@playwright/test";
import type { Answers } from "@/lib/questionnaire/types";
import { createAssessment, type TestUser } from "./data";

/**
 * Starts an assessment for `round` from the assessments page; returns its id. The button is enabled once
 * React has hydrated the form: typing before that could be mixed with the default year.
 */
export async function startAssessment(page: Page, round: number): Promise<string> {
  await page.goto("/assessments");
  const button = page.getByTestId("start-assessment");
  await expect(button).toBeEnabled();
  const roundInput = button.locator("xpath=ancestor::form").locator('input[name="round"]');
  await roundInput.fill(String(round));
  await expect(roundInput).toHaveValue(String(round));
  await button.click();
  await expect(page).toHaveURL(/\/assessments\/[A-Za-z0-9_-]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Waits until every change on the page is saved. */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-phase", "saved");
}

/**
 * Answers every item of the section page: the first option of each radio and checkbox group, an age
 * range of 15–24 and a short text. Returns the ids of the items answered.
 */
export async function answerEveryItem(page: Page): Promise<string[]> {
  const roots = page.locator("form [data-item-id]");
  const count = await roots.count();
  const answered: string[] = [];
  for (let index = 0; index < count; index++) {
    const root = roots.nth(index);
    const itemId = (await root.getAttribute("data-item-id"))!;
    if ((await root.locator('input[type="radio"]').count()) > 0) {
      await root.locator('input[type="radio"]').first().check();
    } else if ((await root.locator('input[type="checkbox"]').count()) > 0) {
      await root.locator('input[type="checkbox"]').first().check();
    } else if ((await root.locator('input[type="number"]').count()) > 0) {
      await root.locator('input[type="number"]').fill(itemId.endsWith("age_from") ? "15" : "24");
    } else {
      await root.locator("textarea").fill("Ferias de empleo virtuales y reuniones en línea");
    }
    answered.push(itemId);
  }
  await expectAllSaved(page);
  return answered;
}

/** Submits as the signed-in respondent from the review page (the real action: status, history, snapshot). */
export async function submitThroughUi(page: Page, assessmentId: string): Promise<void> {
  await page.goto(`/assessments/${assessmentId}/review`);
  await expect(page.getByTestId("missing-items")).toHaveCount(0);
  await page.locator("main").getByRole("checkbox").check();
  await page.getByTestId("submit-assessment").click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}$`));
  await expect(page.getByTestId("results-link")).toBeVisible();
}

/**
 * A draft of the signed-in respondent's agency with these answers stored (quicker than clicking ~60
 * questions, which questionnaire.spec.ts covers), then submitted through the review page. Returns its id.
 */
export async function submitWithAnswers(page: Page, respondent: TestUser, round: number, answers: Answers): Promise<string> {
  const id = await createAssessment({ agencyId: respondent.agencyId!, createdById: respondent.id, round, answers });
  await submitThroughUi(page, id);
  return id;
}
