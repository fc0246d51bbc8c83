import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, signInAs, test } from "./fixtures";
import { FULL_PROFILE } from "./support/answer-profile";
import { answersOf, createAgencyWithRespondent, createAssessment, createCoordinator, type TestAgency, type TestUser } from "./support/data";

/*
 * The regional report: six approved agencies of a region and round give the study's structure, item by item,
 * on the page and in the PDF (in French here), without naming any agency. One agency agrees, on its settings
 * page, to be named: only a named annex the coordinator asks for lists it, and only it.
 * North America and a round of its own: no other journey fills them, so the counts are this journey's.
 */
const REGION = "NORTH_AMERICA";
const ROUND = 2078;
const ITEM = "strategy.national";
const MEMBER_ANSWERS = ["fully_in_place", "in_development", "concrete_plans", "not_planned", "fully_in_place", "in_development"];
const COUNTRIES = ["US", "CA", "MX", "US", "CA", "US"];
/** Where the screenshots go for a person to look at (not an assertion). */
const SHOTS = process.env.E2E_SHOTS_DIR;

function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

test("six approved agencies: the regional report page and its French PDF show every item's chart and name no agency; the named annex lists only the agency that agreed", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const members: (TestAgency & { respondent: TestUser })[] = [];
  for (const [index, answer] of MEMBER_ANSWERS.entries()) {
    const { agency, respondent } = await createAgencyWithRespondent({ name: `Regional member ${index + 1}`, countryCode: COUNTRIES[index], region: REGION, liveCohorts: true });
    await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: ROUND, status: "APPROVED", answers: answersOf({ ...FULL_PROFILE, [ITEM]: answer }) });
    members.push({ ...agency, respondent });
  }

  // One agency agrees, on its own settings page, to be named in regional reports.
  const agencyContext = await browser.newContext();
  const agencyPage = await agencyContext.newPage();
  await signInAs(agencyPage, members[0]!.respondent);
  await agencyPage.getByRole("link", { name: "Agency settings" }).click();
  await expect(agencyPage).toHaveURL(/\/agency$/);
  await expect(agencyPage.getByTestId("naming-consent-status")).toHaveText("Your agency is not named in regional reports.");
  await agencyPage.getByRole("button", { name: "Agree to be named" }).click();
  await expect(agencyPage.getByTestId("naming-consent-status")).toHaveText("Your agency agreed to be named in the annex of regional reports.");
  await agencyContext.close();

  await signInAs(page, await createCoordinator(), "en");
  await page.goto("/coordinator/regions");
  await page.getByRole("link", { name: "Regional report (the study regenerated)" }).click();
  const form = page.getByRole("form", { name: "Regional report" });
  await form.getByLabel("Region").selectOption(REGION);
  await form.getByLabel("Round").selectOption(String(ROUND));
  await form.getByRole("button", { name: "Show the report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Regional report: North America, round ${ROUND}`);
  await expect(page.getByTestId("regional-participation-text")).toContainText("6 agencies from 3 countries");
  const chart = page.getByTestId(`regional-item-${ITEM}`);
  await expect(chart).toContainText("6 agencies answered");
  await expect(chart.locator("svg rect")).toHaveCount(4);
  await expect(chart).toContainText("Yes, fully in place: 33% (2)");
  const main = page.locator("main");
  for (const member of members) await expect(main).not.toContainText(member.name);
  if (SHOTS) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SHOTS}/regional-1280.png`, fullPage: false });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/regional-items-1280.png` });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByTestId("regional-dimensions").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/regional-375.png` });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/regional-items-375.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  // The French PDF, downloaded from the page's link.
  const downloading = page.waitForEvent("download");
  await page.getByTestId("regional-pdf-fr").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`regional-report-${REGION}-${ROUND}-fr.pdf`);
  const file = test.info().outputPath("regional-fr.pdf");
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdfText(file);
  expect(text).toContain(`Rapport régional : Amérique du Nord, cycle ${ROUND}`);
  expect(text).toContain("6 agences de 3 pays");
  expect(text).toContain("Réponses question par question");
  // The per-item chart of strategy.national: its question, its n, its legend and the bar's own labels.
  expect(text).toContain("Il existe une stratégie numérique nationale");
  expect(text).toContain("6 agences ont répondu");
  expect(text).toContain("Oui, entièrement en place : 33 % (2)");
  for (const member of members) expect(text).not.toContain(member.name);

  // A named annex: only the agency that agreed is listed.
  const named = await page.request.get(`/api/study/regional-report?region=${REGION}&round=${ROUND}&annex=named&lang=en`);
  expect(named.status()).toBe(200);
  const namedFile = test.info().outputPath("regional-named.pdf");
  writeFileSync(namedFile, await named.body());
  const namedText = pdfText(namedFile);
  expect(namedText).toContain("Annex: agencies named with their agreement");
  expect(namedText).toContain(members[0]!.name);
  for (const member of members.slice(1)) expect(namedText).not.toContain(member.name);
});
