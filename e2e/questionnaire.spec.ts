import { parts } from "../lib/questionnaire/lookup";
import { expect, signInAs, test } from "./fixtures";
import { createAgencyWithRespondent, createUser } from "./support/data";
import { answerEveryItem, startAssessment } from "./support/questionnaire";

const ROUND = 2031;
const [part1, part2, part3] = parts.map((part) => part.sections.map((section) => section.id));

test("a respondent completes all three parts in Spanish, submits, and the answers are locked and shared with their agency only", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { agency, respondent } = await createAgencyWithRespondent({ countryCode: "MX", region: "LAC", language: "es" });
  const colleague = await createUser({ role: "RESPONDENT", agencyId: agency.id });
  const otherRespondent = (await createAgencyWithRespondent({ countryCode: "TH", region: "AP" })).respondent;
  await signInAs(page, respondent, "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Las evaluaciones de su servicio");
  const id = await startAssessment(page, ROUND);
  const base = `/assessments/${id}`;

  // Part 1, then a reload in the middle: every answer is still there.
  for (const sectionId of part1!) {
    await page.goto(`${base}/sections/${sectionId}`);
    await answerEveryItem(page);
  }
  await page.goto(`${base}/sections/front_office`);
  await page.reload();
  const radioGroups = page.locator("form fieldset[data-item-id]:has(input[type=radio])");
  const groups = await radioGroups.count();
  expect(groups).toBeGreaterThan(0);
  for (let index = 0; index < groups; index++) {
    await expect(radioGroups.nth(index).locator("input[type=radio]").first()).toBeChecked();
  }
  await expect(page.locator('[data-item-id="front_office.channels"] input[type=checkbox]').first()).toBeChecked();

  // The review page lists what is still missing (parts 2 and 3), with links, in Spanish.
  await page.goto(`${base}/review`);
  const missing = page.getByTestId("missing-items");
  await expect(missing).toContainText("preguntas obligatorias sin responder");
  await expect(missing.locator('a[data-item-id="youth_programmes.programme"]')).toBeVisible();
  await expect(missing.locator('a[data-item-id="strategy.national"]')).toHaveCount(0);
  await expect(page.getByTestId("submit-assessment")).toBeDisabled();
  await missing.locator('a[data-item-id="youth_programmes.programme"]').click();
  await expect(page).toHaveURL(new RegExp(`/sections/youth_programmes#item-youth_programmes.programme$`));

  for (const sectionId of [...part2!, ...part3!]) {
    await page.goto(`${base}/sections/${sectionId}`);
    await answerEveryItem(page);
  }
  await page.goto(`${base}/sections/youth_programmes`);
  await expect(page.locator('[data-item-id="youth_programmes.age_from"] input')).toHaveValue("15");

  // Nothing is missing any more: submit.
  await page.goto(`${base}/review`);
  await expect(page.getByTestId("missing-items")).toHaveCount(0);
  await page.getByLabel(/Confirmo que estas respuestas son definitivas/).check();
  await page.getByTestId("submit-assessment").click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(page.getByTestId("read-only-notice")).toBeVisible();
  await expect(page.getByTestId("status-badge")).toHaveText("Enviada");

  // Submitted: no control left to change anything, and the review page is closed.
  const readOnlyText: Record<string, string> = {};
  for (const sectionId of ["strategy", "context", "youth_programmes"]) {
    await page.goto(`${base}/sections/${sectionId}`);
    await expect(page.getByTestId("read-only-answers")).toBeVisible();
    await expect(page.locator("main").locator("input, textarea, select, button")).toHaveCount(0);
    readOnlyText[sectionId] = (await page.getByTestId("read-only-answers").textContent())!.trim();
  }
  expect(readOnlyText.youth_programmes).toContain("15");
  await page.goto(`${base}/review`);
  await expect(page).toHaveURL(new RegExp(`${base}$`));

  // A colleague of the same agency sees the same answers.
  const colleagueContext = await browser.newContext();
  const colleaguePage = await colleagueContext.newPage();
  await signInAs(colleaguePage, colleague, "es");
  await expect(colleaguePage.getByTestId(`assessment-${ROUND}`)).toContainText("Enviada");
  for (const sectionId of Object.keys(readOnlyText)) {
    await colleaguePage.goto(`${base}/sections/${sectionId}`);
    await expect(colleaguePage.getByTestId("read-only-answers")).toHaveText(readOnlyText[sectionId]!);
  }
  await colleagueContext.close();

  // A respondent of another agency can open it neither by URL nor through the save action.
  // Playwright cannot route requests of a page a service worker controls: this context runs without one.
  const otherContext = await browser.newContext({ serviceWorkers: "block" });
  const other = await otherContext.newPage();
  await signInAs(other, otherRespondent, "en");
  for (const path of [base, `${base}/sections/strategy`, `${base}/review`]) {
    await other.goto(path);
    await expect(other.getByTestId("forbidden")).toBeVisible();
  }
  const ownId = await startAssessment(other, ROUND);
  await other.goto(`/assessments/${ownId}/sections/strategy`);
  // Their own page's autosave, re-aimed at the other agency's assessment: the server refuses it.
  await other.route(`**/api/assessments/${ownId}/answers`, async (route) => {
    await route.continue({ url: route.request().url().replace(ownId, id) });
  });
  await other.locator('[data-item-id="strategy.national"] input[type=radio]').last().check();
  await expect(other.getByTestId("autosave-status")).toHaveAttribute("data-phase", "refused");
  await expect(other.getByTestId("autosave-status")).toContainText("You do not have permission");
  await otherContext.close();

  await page.goto(`${base}/sections/strategy`);
  await expect(page.getByTestId("read-only-answers")).toHaveText(readOnlyText.strategy!);
});
