import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { FULL_PROFILE } from "./support/answer-profile";
import { answersOf, createAgencyWithRespondent, createAssessment, createCoordinator, type TestUser } from "./support/data";
import { submitWithAnswers } from "./support/questionnaire";

/*
 * The study journey: six approved agencies in a region give item-level live figures to a seventh agency's
 * results page and PDF; a coordinator freezes that cohort, previews and publishes it; the next submission
 * of the region is benchmarked against the frozen version, with its citation.
 * Arab States: a region no other journey fills (agencies of other journeys stay out of the live cohorts),
 * so its counts are this journey's own. A retried attempt adds six more members with the same answers:
 * the shares stay the same.
 */
const REGION = "ARAB_STATES";
const ROUND = 2077;
const ITEM = "strategy.national";
/** strategy.national of the six members: 2 × fully in place, 2 × in development, 1 × plans, 1 × not planned. */
const MEMBER_ANSWERS = ["fully_in_place", "in_development", "concrete_plans", "not_planned", "fully_in_place", "in_development"];

async function pdfText(page: Page, assessmentId: string, lang: "en" | "fr" | "es"): Promise<string> {
  const response = await page.request.get(`/api/reports/${assessmentId}/pdf?lang=${lang}`);
  expect(response.status()).toBe(200);
  const file = test.info().outputPath(`report-${lang}.pdf`);
  writeFileSync(file, await response.body());
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/** A new agency of the region, in the live cohorts, with its respondent. */
async function studyAgency(label: string): Promise<TestUser> {
  return (await createAgencyWithRespondent({ name: label, countryCode: "JO", region: REGION, liveCohorts: true })).respondent;
}

async function submitAs(page: Page, respondent: TestUser): Promise<string> {
  await signInAs(page, respondent);
  return submitWithAnswers(page, respondent, ROUND, answersOf(FULL_PROFILE));
}

test("six approved agencies of a region: item-level live figures, then a frozen, published cohort that the next submission cites", async ({ page, browser }) => {
  test.setTimeout(180_000);
  for (const [index, answer] of MEMBER_ANSWERS.entries()) {
    const member = await studyAgency(`Member ${index + 1}`);
    await createAssessment({ agencyId: member.agencyId!, createdById: member.id, round: ROUND, status: "APPROVED", answers: answersOf({ ...FULL_PROFILE, [ITEM]: answer }) });
  }

  // A seventh agency submits: its results page shows the region's live figure item by item.
  const first = await studyAgency("Newcomer");
  const firstId = await submitAs(page, first);
  await page.goto(`/assessments/${firstId}/results`);
  const live = page.getByTestId(`figure-${ITEM}-live-arab-states`);
  await expect(live).toContainText("Approved assessments in this installation: Arab States");
  await expect(live.getByRole("row", { name: /fully in place/ })).toContainText("33%");
  await expect(live.getByRole("row", { name: /concrete plans/ })).toContainText("17%");
  // The agency's own answer is marked, never counted.
  await expect(live.getByRole("row", { name: /fully in place/ })).toContainText("your answer");
  const pdf = await pdfText(page, firstId, "en");
  expect(pdf).toContain("Approved assessments in this installation: Arab States");
  expect(pdf).toContain("live figures of");

  // A coordinator freezes the region's round, previews the draft, publishes it.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signInAs(coordinator, await createCoordinator(), "en");
  await coordinator.goto("/coordinator/datasets");
  const form = coordinator.getByRole("form", { name: "Freeze a live cohort" });
  await form.getByLabel("Region").selectOption(REGION);
  await form.getByLabel("Round").fill(String(ROUND));
  await expect(form.getByRole("button", { name: "Preview the frozen cohort" })).toBeEnabled();
  await form.getByRole("button", { name: "Preview the frozen cohort" }).click();
  await expect(coordinator).toHaveURL(/\/coordinator\/datasets\/[^/]+$/);
  await expect(coordinator.getByRole("heading", { level: 1 })).toContainText(`live-arab-states-${ROUND}, version ${ROUND}.`);
  const version = (await coordinator.getByRole("heading", { level: 1 }).textContent())!.match(/version (\S+)$/)![1]!;
  await expect(coordinator.getByTestId("dataset-status")).toContainText("Draft");
  await expect(coordinator.locator("main")).toContainText("frozen on");
  await coordinator.getByRole("button", { name: "Publish this version" }).click();
  await expect(coordinator.getByTestId("dataset-status")).toContainText("Published");
  await coordinatorContext.close();

  // The next submission of the region is scored against the frozen version and cites it.
  const second = await studyAgency("Second newcomer");
  const context = await browser.newContext();
  const secondPage = await context.newPage();
  const secondId = await submitAs(secondPage, second);
  await secondPage.goto(`/assessments/${secondId}/results`);
  await expect(secondPage.getByTestId(`version-dataset-live-arab-states-${ROUND}`)).toHaveText(version);
  const frozen = secondPage.getByTestId(`figure-${ITEM}-live-arab-states-${ROUND}`);
  await expect(frozen).toContainText(`round ${ROUND}, frozen on`);
  await expect(frozen.getByRole("row", { name: /fully in place/ })).toContainText("33%");
  await context.close();
});
