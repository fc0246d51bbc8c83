import type { Browser, Page } from "@playwright/test";
import { expect, signedInPage, signInAs, test } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { createAgency, createAgencyWithRespondent, createOneTimeLink, createUser, revokeSessionsOf } from "./support/data";
import { expectAllSaved, startAssessment } from "./support/questionnaire";

const item = (page: Page, id: string) => page.locator(`[data-item-id="${id}"]`);
const status = (page: Page) => page.getByTestId("autosave-status");
const BACK_OFFICE = ["back_office.strategy", "back_office.it_system", "back_office.roadmap"] as const;

/** The section form is ready: hydrated and the answers waiting on this device shown. */
async function waitForForm(page: Page): Promise<void> {
  await expect(page.getByTestId("section-fields")).toBeEnabled();
}

async function signedOutPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  return (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
}

test("keyboard-only completion of a section, and no serious axe violations on the list, a section and the review page", async ({ page }) => {
  test.slow(); // up to 80 key presses, each checked in the page, and four axe runs
  await signInAs(page, (await createAgencyWithRespondent()).respondent, "en");
  await expectNoSeriousViolations(page, "the assessments list, empty");
  const id = await startAssessment(page, 2033);
  await page.goto("/assessments");
  await expectNoSeriousViolations(page, "the assessments list");

  await page.goto(`/assessments/${id}/sections/strategy`);
  await waitForForm(page);
  await expectNoSeriousViolations(page, "a section");
  const groups = ["strategy.national", "strategy.pes_digital", "strategy.focus"];
  const done = new Set<string>();
  for (let presses = 0; presses < 80 && done.size < groups.length; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.type === "radio" ? element.closest("[data-item-id]")?.getAttribute("data-item-id") ?? null : null;
    });
    if (focused && !done.has(focused)) {
      // Arrow keys move within the group and select; Space selects the focused option.
      await page.keyboard.press("ArrowDown");
      done.add(focused);
    }
  }
  expect([...done].sort()).toEqual([...groups].sort());
  await expectAllSaved(page);
  // The focused control shows a visible outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
  await page.reload();
  for (const itemId of groups) {
    await expect(page.locator(`[data-item-id="${itemId}"] input[type=radio]:checked`)).toHaveCount(1);
  }

  await page.goto(`/assessments/${id}/review`);
  await expectNoSeriousViolations(page, "the review page");
});

test("the section page works on a 375-pixel-wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signInAs(page, (await createAgencyWithRespondent()).respondent, "en");
  const id = await startAssessment(page, 2038);
  for (const path of ["/assessments", `/assessments/${id}`, `/assessments/${id}/sections/context`, `/assessments/${id}/review`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto(`/assessments/${id}/sections/context`);
  await page.locator('[data-item-id="context.barriers"]').getByLabel("Silos").check();
  await expectAllSaved(page);
});

/*
 * The pages and dialogs of the field-grade questionnaire (issue 13), each checked in the state it exists
 * for: every check first waits for that state to be on the page (a dialog open, a status showing). Each
 * runs axe several times (seconds each on a loaded machine), hence test.slow().
 */

test("no serious axe violations: answer guidance open, the offline status with waiting answers, the offline-navigation notice", async ({ browser }) => {
  test.slow();
  const { respondent } = await createAgencyWithRespondent({ name: "Axe offline PES" });
  const context = await browser.newContext();
  let page = await context.newPage();
  await signInAs(page, respondent);
  const id = await startAssessment(page, 2041);
  const url = `/assessments/${id}/sections/back_office`;
  await page.goto(url);
  await waitForForm(page);

  const guidance = page.getByTestId(`guidance-${BACK_OFFICE[0]}`);
  await guidance.locator("summary").click();
  await expect(guidance.locator("dl")).toBeVisible();
  await expectNoSeriousViolations(page, "answer guidance open");

  // Kept by the service worker, so the page can be reopened offline below.
  await expect.poll(() => page.evaluate(async (path) => Boolean(await caches.match(path)), url), { timeout: 20_000 }).toBe(true);
  await page.reload();
  await waitForForm(page);
  await context.setOffline(true);
  for (const itemId of BACK_OFFICE) await item(page, itemId).getByLabel("Yes, in development").check();
  await expect(status(page)).toHaveAttribute("data-phase", "offline");
  await expect(status(page)).toHaveAttribute("data-waiting", "3");
  await expectNoSeriousViolations(page, "the status: offline, 3 answers waiting");

  await page.getByTestId("section-nav").getByRole("link", { name: /Data/ }).first().click();
  await expect(page.getByTestId("offline-navigation")).toBeVisible();
  await expectNoSeriousViolations(page, "the offline-navigation notice");
  await page.close();

  page = await context.newPage();
  await page.goto(url);
  await waitForForm(page);
  await expect(status(page)).toContainText("3 answers are kept on this device");
  await expectNoSeriousViolations(page, "reopened offline, answers shown as waiting");
  await context.close();
});

test("no serious axe violations: the in-page sign-in dialog when the session ends, and the status after it is put off", async ({ browser }) => {
  test.slow();
  const { respondent } = await createAgencyWithRespondent({ name: "Axe session PES" });
  const page = await signedInPage(browser, respondent);
  const id = await startAssessment(page, 2042);
  await page.goto(`/assessments/${id}/sections/back_office`);
  await waitForForm(page);
  await item(page, BACK_OFFICE[0]).getByLabel("Yes, fully in place").check();
  await expectAllSaved(page);

  expect(await revokeSessionsOf(respondent.id)).toBeGreaterThan(0);
  await item(page, BACK_OFFICE[1]).getByLabel("Yes, fully in place").check();
  const dialog = page.getByRole("dialog", { name: "Your session has ended" });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByLabel("Password")).toBeFocused();
  await expectNoSeriousViolations(page, "the sign-in dialog");

  await dialog.getByRole("button", { name: "Not now" }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveAttribute("data-phase", "signedOut");
  await expect(page.getByRole("button", { name: "Sign in again" })).toBeVisible();
  await expectNoSeriousViolations(page, "signed out, the dialog put off");
  await page.context().close();
});

test("no serious axe violations: colleagues' presence, and the conflict dialog with the colleague's answer", async ({ browser }) => {
  test.slow();
  const agency = await createAgency({ name: "Axe co-editing PES", countryCode: "MX", region: "LAC" });
  const [ana, luis] = await Promise.all(["Ana", "Luis"].map((first) => createUser({ role: "RESPONDENT", agencyId: agency.id, name: `${first} Axe ${agency.id.slice(-4)}` })));
  const pageA = await signedInPage(browser, ana!);
  const id = await startAssessment(pageA, 2043);
  const url = `/assessments/${id}/sections/back_office`;
  await pageA.goto(url);
  const pageB = await signedInPage(browser, luis!);
  await pageB.goto(url);
  await Promise.all([waitForForm(pageA), waitForForm(pageB)]);
  await expect(pageA.getByTestId("presence")).toContainText(luis!.name, { timeout: 20_000 });
  await expectNoSeriousViolations(pageA, "a colleague's presence");

  await pageB.context().setOffline(true);
  await item(pageB, BACK_OFFICE[1]).getByLabel("No, but there are concrete plans").check();
  await item(pageA, BACK_OFFICE[1]).getByLabel("Yes, in development").check();
  await expectAllSaved(pageA);
  await pageB.context().setOffline(false);
  const conflict = pageB.getByRole("dialog", { name: "A colleague changed this answer" });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText("Yes, in development");
  await expect(conflict).toContainText(ana!.name);
  await expectNoSeriousViolations(pageB, "the conflict dialog");
  await Promise.all([pageA, pageB].map((page) => page.context().close()));
});

test("no serious axe violations: forgot password (form and answer), reset-password and invitation pages, the glossary", async ({ browser, baseURL }) => {
  test.slow();
  const page = await signedOutPage(browser, baseURL);
  await page.goto("/forgot-password");
  await expect(page.getByRole("button", { name: "Send me a link" })).toBeEnabled();
  await expectNoSeriousViolations(page, "forgot password, the form");
  await page.getByLabel("Email address").fill(`nobody-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByTestId("reset-requested")).toBeVisible();
  await expectNoSeriousViolations(page, "forgot password, the answer");

  const agency = await createAgency({ name: "Axe links PES" });
  const member = await createUser({ role: "RESPONDENT", agencyId: agency.id });
  await page.goto(await createOneTimeLink(member.id, "RESET"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await expect(page.getByRole("button", { name: "Save the password" })).toBeEnabled();
  await expectNoSeriousViolations(page, "the reset-password page");

  const invitee = await createUser({ role: "RESPONDENT", agencyId: agency.id, password: null });
  await page.goto(await createOneTimeLink(invitee.id, "INVITE"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome: choose your password");
  await expect(page.getByRole("button", { name: "Save the password" })).toBeEnabled();
  await expectNoSeriousViolations(page, "the invitation page");

  await page.goto("/glossary");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
  await expectNoSeriousViolations(page, "the glossary");
  await page.context().close();
});
