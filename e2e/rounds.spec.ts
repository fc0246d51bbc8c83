import { sections } from "../lib/questionnaire/lookup";
import { expect, signInAs, signOut, test } from "./fixtures";
import { completeAnswers, createAgencyWithRespondent, createAssessment, createCoordinator, e2eDb } from "./support/data";
import { answerEveryItem, submitThroughUi } from "./support/questionnaire";

test("a second round started from an approved one shows the change per dimension", async ({ page }) => {
  test.setTimeout(180_000);
  // An agency of its own, so that its "latest approved assessment" is this journey's.
  const { agency, respondent } = await createAgencyWithRespondent({ name: "Ministerie van Werk — rondes", countryCode: "SR", region: "LAC" });
  const firstId = await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: 2047, answers: completeAnswers(1) });
  await signInAs(page, respondent);
  await submitThroughUi(page, firstId);
  await signOut(page);

  await signInAs(page, await createCoordinator());
  await page.goto(`/coordinator/assessments/${firstId}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Approve the assessment" }).click();
  await expect(page.getByText("This assessment is approved and locked.")).toBeVisible();
  await signOut(page);

  // The agency starts 2048 from its approved 2047 round: answers copied, every section to confirm.
  await signInAs(page, respondent);
  await page.goto("/assessments");
  const form = page.getByTestId("start-next-round");
  await expect(form).toContainText("2047");
  await expect(form.getByRole("button", { name: "Start the next round" })).toBeEnabled();
  await form.getByLabel("Year of the new round").fill("2048");
  await expect(form.getByLabel("Year of the new round")).toHaveValue("2048");
  await form.getByRole("button", { name: "Start the next round" }).click();
  await expect(page).toHaveURL(/\/assessments\/[A-Za-z0-9_-]+$/);
  const secondId = new URL(page.url()).pathname.split("/").pop()!;
  expect(secondId).not.toBe(firstId);
  await expect(page.getByText(`${sections.length} sections copied from the previous round still need to be confirmed`)).toBeVisible();
  const db = e2eDb();
  expect((await db.assessment.findUniqueOrThrow({ where: { id: secondId } })).previousAssessmentId).toBe(firstId);
  const copied = await db.answer.findUniqueOrThrow({ where: { assessmentId_itemId: { assessmentId: secondId, itemId: "strategy.national" } } });
  expect(copied.value).toBe("concrete_plans");

  // Digital strategy improves (every answer at the top of the scale); each section is confirmed.
  for (const section of sections) {
    await page.goto(`/assessments/${secondId}/sections/${section.id}`);
    if (section.id === "strategy") await answerEveryItem(page);
    await page.getByRole("button", { name: "Confirm this section" }).click();
    await expect(page.getByTestId("confirm-section")).toHaveCount(0);
  }
  await submitThroughUi(page, secondId);

  // The change per dimension since 2047, read from both stored snapshots: on the overview and the results page.
  for (const path of [`/assessments/${secondId}`, `/assessments/${secondId}/results`]) {
    if (!page.url().endsWith(path)) await page.goto(path);
    const change = page.getByTestId("round-change");
    await expect(change).toContainText("Change since the 2047 round (2047 → 2048)");
    await expect(change.getByTestId("change-strategy")).toHaveText("+67");
    await expect(change.getByTestId("change-back_office")).toHaveText("0");
    await expect(change.locator('[data-row="strategy"]')).toContainText("Emerging → Leading");
  }
});
