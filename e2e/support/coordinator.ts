import { expect, type Page } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db-client";
import { allItems } from "../../lib/questionnaire/lookup";
import { SCALE_OPTIONS } from "../../lib/questionnaire/scales";
import type { AnswerValue, Item } from "../../lib/questionnaire/types";
import { DEMO_PASSWORD, signIn } from "../fixtures";

/** The e2e server's database (scripts/e2e-server.sh), for arranging data and reading the audit log. */
export const db = createPrismaClient("file:./e2e/.tmp/e2e.db");

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
export async function createCompleteDraft(agencyId: string, round: number, points: Points): Promise<string> {
  const creator = await db.user.findFirstOrThrow({ where: { agencyId } });
  const assessment = await db.assessment.create({
    data: { agencyId, round, instrumentVersion: "2026.1", createdById: creator.id },
  });
  await db.statusEvent.create({ data: { assessmentId: assessment.id, toStatus: "DRAFT", actorId: creator.id } });
  await db.answer.createMany({
    data: allItems.map((item) => ({
      assessmentId: assessment.id,
      itemId: item.id,
      value: JSON.stringify(answerFor(item, points)),
      updatedById: creator.id,
    })),
  });
  return assessment.id;
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
  const created = await db.agency.create({ data: { ...agency, language: "en" } });
  const email = `respondent-${key}-${Date.now()}@e2e.test`;
  await db.user.create({
    data: { email, name: `Respondent ${key}`, role: "RESPONDENT", agencyId: created.id, passwordHash: await hashPassword(DEMO_PASSWORD, 4), language: "en" },
  });
  return { agencyId: created.id, email };
}

/** Signs in with an account created by a helper (not one of the demo accounts). */
export async function signInWithEmail(page: Page, email: string, home = "/assessments"): Promise<void> {
  await signIn(page, email);
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", domain: url.hostname, path: "/" }]);
}

export async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}
