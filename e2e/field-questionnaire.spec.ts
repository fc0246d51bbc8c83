import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signedInPage, signInAs, test } from "./fixtures";
import { createAgency, createUser, e2eDb, revokeSessionsOf, type TestUser } from "./support/data";
import { expectAllSaved, startAssessment } from "./support/questionnaire";

/*
 * The questionnaire in the field: a slow line, no line, a session that ends, a colleague on the same
 * assessment. Each journey has its own agency and two people of it.
 */

async function createTeam(label: string): Promise<{ agencyId: string; members: [TestUser, TestUser] }> {
  const agency = await createAgency({ name: `Field ${label}`, countryCode: "MX", region: "LAC", language: "es" });
  const members = await Promise.all(["Ana", "Luis"].map((first) => createUser({ role: "RESPONDENT", agencyId: agency.id, name: `${first} ${label} ${agency.id.slice(-4)}` })));
  return { agencyId: agency.id, members: members as [TestUser, TestUser] };
}

/** The stored answers of an assessment: item id → { value (parsed), version }. */
async function storedAnswers(assessmentId: string): Promise<Record<string, { value: unknown; version: number }>> {
  const rows = await e2eDb().answer.findMany({ where: { assessmentId }, select: { itemId: true, value: true, version: true } });
  return Object.fromEntries(rows.map((row) => [row.itemId, { value: row.value, version: row.version }]));
}

/** The section form is ready: hydrated and the answers waiting on this device shown. */
async function waitForForm(page: Page): Promise<void> {
  await expect(page.getByTestId("section-fields")).toBeEnabled();
}

const BACK_OFFICE = ["back_office.strategy", "back_office.it_system", "back_office.roadmap", "back_office.architecture_standards", "back_office.documentation"] as const;
const item = (page: Page, id: string) => page.locator(`[data-item-id="${id}"]`);
const status = (page: Page) => page.getByTestId("autosave-status");

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("on a 400 kbps / 400 ms line, options are visibly disabled at first paint, then a tap is saved", async ({ browser }) => {
  const team = await createTeam("slow");
  const page = await signedInPage(browser, team.members[0]);
  const id = await startAssessment(page, 2031);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true }); // a cold load, as on a first visit
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });

  // The page's scripts are held until the first paint has been looked at: a loaded machine cannot then
  // hydrate the page between the look and the tap.
  let releaseScripts!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto(`/assessments/${id}/sections/strategy`, { waitUntil: "commit" });
  const option = item(page, "strategy.national").getByLabel("Yes, in development");
  await expect(option).toBeVisible({ timeout: 30_000 });
  // First paint: the controls are there but disabled, so an early tap cannot be checked and then cleared.
  await expect(option).toBeDisabled();
  await option.click({ force: true });
  await expect(option).not.toBeChecked();
  releaseScripts();
  await expect(page.getByTestId("section-fields")).toBeEnabled({ timeout: 45_000 });
  await option.check(); // the first tap once usable
  await item(page, "strategy.pes_digital").getByLabel("Yes, fully in place").check();
  await expect(status(page)).toHaveAttribute("data-phase", "saved", { timeout: 30_000 });
  expect(await storedAnswers(id)).toMatchObject({ "strategy.national": { value: "in_development" }, "strategy.pes_digital": { value: "fully_in_place" } });
});

test("offline: 5 answers survive closing the page, show as waiting when reopened offline, and are saved exactly once", async ({ browser }) => {
  const team = await createTeam("offline");
  const context = await browser.newContext();
  let page = await context.newPage();
  await signInAs(page, team.members[0]);
  const id = await startAssessment(page, 2032);
  const url = `/assessments/${id}/sections/back_office`;
  await page.goto(url);
  await waitForForm(page);
  // The service worker keeps this page and its scripts for offline use.
  await expect.poll(() => page.evaluate(async (path) => Boolean(await caches.match(path)), url), { timeout: 20_000 }).toBe(true);
  await page.reload(); // now loaded through the service worker: its scripts are kept too
  await waitForForm(page);

  await context.setOffline(true);
  for (const itemId of BACK_OFFICE) await item(page, itemId).getByLabel("Yes, in development").check();
  await expect(status(page)).toHaveAttribute("data-phase", "offline");
  await expect(status(page)).toHaveAttribute("data-waiting", "5");
  // Offline, a link to a section never opened here says so instead of doing nothing.
  await page.getByTestId("section-nav").getByRole("link", { name: /Data/ }).first().click();
  await expect(page.getByTestId("offline-navigation")).toBeVisible();
  await page.close();

  page = await context.newPage();
  await page.goto(url);
  await waitForForm(page);
  for (const itemId of BACK_OFFICE) await expect(item(page, itemId).getByLabel("Yes, in development")).toBeChecked();
  await expect(status(page)).toHaveAttribute("data-waiting", "5");
  await expect(status(page)).toContainText("5 answers are kept on this device");
  await expect(status(page)).toContainText("Not saved");

  await context.setOffline(false);
  await expect(status(page)).toHaveAttribute("data-phase", "saved", { timeout: 20_000 });
  // Exactly once: one row per item, version 1. (Chromium's offline emulation lets some requests of a page
  // controlled by a service worker reach the server while the page sees a failure; the resend after that
  // repeats the stored answer and is not applied twice.)
  const stored = await storedAnswers(id);
  expect(Object.keys(stored).sort()).toEqual([...BACK_OFFICE].sort());
  for (const itemId of BACK_OFFICE) expect(stored[itemId]).toEqual({ value: "in_development", version: 1 });
  await expect(page.getByTestId("progress-back_office")).toContainText("5 of 5");
  await context.close();
});

test("the session is revoked mid-section: the person signs in again on the page and every answer is saved", async ({ browser }) => {
  const team = await createTeam("revoked");
  const page = await signedInPage(browser, team.members[0]);
  const id = await startAssessment(page, 2033);
  await page.goto(`/assessments/${id}/sections/back_office`);
  await waitForForm(page);
  await item(page, BACK_OFFICE[0]).getByLabel("Yes, fully in place").check();
  await expectAllSaved(page);

  expect(await revokeSessionsOf(team.members[0].id)).toBeGreaterThan(0);
  await item(page, BACK_OFFICE[1]).getByLabel("Yes, fully in place").check();
  const dialog = page.getByTestId("session-dialog");
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(status(page)).toHaveAttribute("data-phase", "signedOut");
  await expectNoSeriousViolations(page);
  await dialog.getByLabel("Password").fill(team.members[0].password);
  await dialog.getByRole("button", { name: "Sign in and continue" }).click();
  // The password check runs bcrypt at the app's cost: slow on a loaded machine.
  await expect(dialog).toBeHidden({ timeout: 45_000 });
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/sections/back_office$`));
  await item(page, BACK_OFFICE[2]).getByLabel("Yes, fully in place").check();
  await expectAllSaved(page);
  const stored = await storedAnswers(id);
  for (const itemId of BACK_OFFICE.slice(0, 3)) expect(stored[itemId]?.value).toBe("fully_in_place");
});

test("two colleagues: presence both ways, a stale save is offered instead of overwriting, answers appear within 20 s", async ({ browser }) => {
  const team = await createTeam("coedit");
  const [ana, luis] = team.members;
  const pageA = await signedInPage(browser, ana);
  const id = await startAssessment(pageA, 2034);
  const url = `/assessments/${id}/sections/back_office`;
  await pageA.goto(url);
  const pageB = await signedInPage(browser, luis);
  await pageB.goto(url);
  await Promise.all([waitForForm(pageA), waitForForm(pageB)]);
  await expect(pageB.getByTestId("presence")).toContainText(ana.name, { timeout: 20_000 });
  await expect(pageA.getByTestId("presence")).toContainText(luis.name, { timeout: 20_000 });

  // A colleague's saved answer appears on the open page.
  await item(pageA, BACK_OFFICE[0]).getByLabel("Yes, fully in place").check();
  await expectAllSaved(pageA);
  await expect(item(pageB, BACK_OFFICE[0]).getByLabel("Yes, fully in place")).toBeChecked({ timeout: 20_000 });

  // Luis changes an item while his line is down; Ana saves the same item meanwhile.
  await pageB.context().setOffline(true);
  await item(pageB, BACK_OFFICE[1]).getByLabel("No, but there are concrete plans").check();
  await item(pageA, BACK_OFFICE[1]).getByLabel("Yes, in development").check();
  await expectAllSaved(pageA);
  await pageB.context().setOffline(false);
  const conflict = pageB.getByTestId("conflict-dialog");
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText(ana.name);
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText("Yes, in development");
  await expect(conflict.getByTestId("conflict-mine")).toHaveText("No, but there are concrete plans");
  expect((await storedAnswers(id))[BACK_OFFICE[1]]).toEqual({ value: "in_development", version: 1 }); // not overwritten
  await expectNoSeriousViolations(pageB);
  await conflict.getByRole("button", { name: "Keep my answer" }).click();
  await expect(conflict).toBeHidden();
  await expectAllSaved(pageB);
  expect((await storedAnswers(id))[BACK_OFFICE[1]]).toEqual({ value: "concrete_plans", version: 2 });
  await expect(item(pageA, BACK_OFFICE[1]).getByLabel("No, but there are concrete plans")).toBeChecked({ timeout: 20_000 });
});

test("an age range whose youngest exceeds the oldest is not reported saved, is flagged on review and refused by the server", async ({ browser }) => {
  const team = await createTeam("range");
  const page = await signedInPage(browser, team.members[0]);
  const id = await startAssessment(page, 2035);
  await page.goto(`/assessments/${id}/sections/youth_programmes`);
  await waitForForm(page);
  await item(page, "youth_programmes.age_to").locator("input").fill("20");
  await expectAllSaved(page);
  await item(page, "youth_programmes.age_from").locator("input").fill("30");
  await expect(status(page)).toHaveAttribute("data-phase", "invalid");
  await expect(item(page, "youth_programmes.age_from")).toContainText("cannot be greater");
  await expect(status(page)).toHaveAttribute("data-waiting", "0"); // sent: the draft keeps what was typed

  await page.goto(`/assessments/${id}/review`);
  await expect(page.getByTestId("invalid-items")).toContainText("cannot be greater");
  // The save route checks the same schema as the form.
  const refused = await page.request.post(`/api/assessments/${id}/answers`, { data: { itemId: "youth_programmes.age_from", value: 99, baseVersion: 0 } });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toBe("validation.numberOutOfRange");
});
