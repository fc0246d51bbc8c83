import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createAdmin, createAgencyWithRespondent } from "./support/data";
import { startAssessment } from "./support/questionnaire";
import { expect, signInAs, test, useLocale } from "./fixtures";

/* Help for respondents: answer guidance on the section page, the glossary, and the administrator's help link. */

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a respondent opens an item's answer guidance with the keyboard; it says where its wording comes from", async ({ page }) => {
  const { respondent } = await createAgencyWithRespondent({ name: "Guidance PES", countryCode: "KE", region: "AFRICA" });
  await signInAs(page, respondent);
  const id = await startAssessment(page, 2030);
  await page.goto(`/assessments/${id}/sections/strategy`);

  const guidance = page.getByTestId("guidance-strategy.pes_digital");
  const meaning = guidance.getByText("It exists, is approved and is used across the PES");
  await expect(meaning).toBeHidden();
  await guidance.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(meaning).toBeVisible();
  await expect(guidance).toContainText("Example of “Yes, fully in place”");
  await expect(guidance).toContainText("bring value to jobseekers, employers and other stakeholders");
  await expect(guidance).toContainText("Definition or example from the ILO 2022 study.");
  await expectNoSeriousViolations(page);
  await page.keyboard.press("Enter");
  await expect(meaning).toBeHidden();

  // An example written for this tool says so.
  const ours = page.getByTestId("guidance-strategy.national");
  await ours.locator("summary").click();
  await expect(ours).toContainText("Written for this tool; the study gives no definition for this item.");

  // The analytics scale has its own meanings; the guidance follows the interface language.
  await useLocale(page, "fr");
  await page.goto(`/assessments/${id}/sections/analytics`);
  const ai = page.getByTestId("guidance-analytics.ai");
  await ai.locator("summary").click();
  await expect(ai.locator("summary")).toHaveText("Que signifient les réponses ?");
  await expect(ai).toContainText("Essayé à petite échelle ou pour une durée limitée");
  await expectNoSeriousViolations(page);
});

test("the glossary is public, in the visitor's language, and each definition says its source", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("contentinfo").getByRole("link", { name: "Glossary" }).click();
  await expect(page).toHaveURL(/\/glossary$/);
  await expect(page).toHaveTitle(/^Glossary · /);
  await expect(page.getByTestId("glossary-digital_strategy")).toContainText("From the ILO 2022 study");
  await expect(page.getByTestId("glossary-neet")).toContainText("Written for this tool");
  await expectNoSeriousViolations(page);
  await useLocale(page, "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glosario");
  await expect(page).toHaveTitle(/^Glosario · /);
});

test("an administrator sets the help and contact link; every page's footer shows it, signed in or not", async ({ page, browser, baseURL }) => {
  await signInAs(page, await createAdmin());
  await page.goto("/admin");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/admin\/settings$/);
  await expectNoSeriousViolations(page);

  const field = page.getByLabel("Help and contact link");
  await field.fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter a web address starting with https:// (or http://) or an email address.")).toBeVisible();

  const address = `helpdesk-${Date.now()}@ilo.example.org`;
  await field.fill(address);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The help and contact link has been saved.")).toBeVisible();
  await expectNoSeriousViolations(page);

  const visitor = await (await browser.newContext({ baseURL })).newPage();
  for (const path of ["/sign-in", "/forgot-password", "/glossary"]) {
    await visitor.goto(path);
    await expect(visitor.getByTestId("help-contact-link"), path).toHaveAttribute("href", `mailto:${address}`);
  }
  await page.goto("/admin/users");
  await expect(page.getByTestId("help-contact-link")).toHaveAttribute("href", `mailto:${address}`);

  // Cleared, the link disappears.
  await page.goto("/admin/settings");
  await expect(page.getByLabel("Help and contact link")).toHaveValue(`mailto:${address}`);
  await page.getByLabel("Help and contact link").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The help and contact link has been removed.")).toBeVisible();
  await visitor.goto("/sign-in");
  await expect(visitor.getByTestId("help-contact-link")).toHaveCount(0);
  await visitor.context().close();
});
