import { createAdmin, createAgencyWithRespondent, E2E_PASSWORD, revokeSessionsOf } from "./support/data";
import { startAssessment } from "./support/questionnaire";
import { expect, signInAs, signOut, test, useLocale } from "./fixtures";

/* Deep links through sign-in, real 404 statuses for unknown records, a title per page in the user's language. */

async function submitSignInForm(page: import("@playwright/test").Page, email: string) {
  await expect(page.locator('form button[type="submit"]')).toBeEnabled();
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(E2E_PASSWORD);
  await page.locator('form button[type="submit"]').click();
}

test("a deep link opened signed out, or after the session was revoked, comes back to that page after signing in", async ({ page, browser, baseURL }) => {
  const { respondent } = await createAgencyWithRespondent({ name: "Deep Link PES", countryCode: "GH", region: "AFRICA" });
  const { email } = respondent;
  await signInAs(page, respondent);
  const id = await startAssessment(page, 2029);
  const deepLink = `/assessments/${id}/sections/data?from=mail#item-data.kpis`;

  // Signed out: no cookie at all.
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto(deepLink);
  await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=/);
  await submitSignInForm(visitor, email);
  await expect(visitor).toHaveURL(new RegExp(`/assessments/${id}/sections/data\\?from=mail`));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Data");
  await visitor.context().close();

  // A cookie whose server-side session was revoked (signed out elsewhere, password changed…).
  await revokeSessionsOf(respondent.id);
  await page.goto(deepLink);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await submitSignInForm(page, email);
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/sections/data\\?from=mail`));
});

test("unknown records answer HTTP 404 with the not-found page", async ({ page }) => {
  const { respondent } = await createAgencyWithRespondent({ name: "Not Found PES", countryCode: "GH", region: "AFRICA" });
  await signInAs(page, respondent);
  const id = await startAssessment(page, 2028);
  for (const path of ["/assessments/no-such-assessment", "/assessments/no-such-assessment/review", "/assessments/no-such-assessment/results", "/assessments/no-such-assessment/sections/strategy", `/assessments/${id}/sections/no-such-section`, "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Page not found");
  }
  // A known record still answers 200.
  expect((await page.goto(`/assessments/${id}/sections/strategy`))?.status()).toBe(200);

  await signOut(page);
  await signInAs(page, await createAdmin());
  for (const path of ["/coordinator/assessments/no-such-assessment", "/coordinator/datasets/no-such-version", "/admin/users/no-such-user", "/admin/agencies/no-such-agency"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("every page has its own title, in the user's language", async ({ page }) => {
  const { respondent } = await createAgencyWithRespondent({ name: "Titles PES", countryCode: "GH", region: "AFRICA" });
  await signInAs(page, respondent);
  const id = await startAssessment(page, 2027);
  await page.goto(`/assessments/${id}/sections/strategy`);
  await expect(page).toHaveTitle("Digital strategy · PES Digital Maturity");
  await page.goto(`/assessments/${id}/review`);
  const reviewTitle = await page.title();
  await useLocale(page, "fr");
  await page.goto(`/assessments/${id}/sections/strategy`);
  await expect(page).toHaveTitle(/ · Maturité numérique des SPE$/);
  expect(await page.title()).not.toBe("Digital strategy · PES Digital Maturity");
  await page.goto(`/assessments/${id}/review`);
  expect(await page.title()).not.toBe(reviewTitle);

  const titles = new Set<string>();
  for (const path of ["/assessments", `/assessments/${id}`, `/assessments/${id}/review`, `/assessments/${id}/sections/data`, "/methodology", "/glossary", "/account"]) {
    await page.goto(path);
    titles.add(await page.title());
  }
  expect(titles.size).toBe(7);
});
