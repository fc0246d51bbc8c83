import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { FULL_PROFILE } from "./support/answer-profile";
import { answersOf, createAdmin, createAgencyWithRespondent, uniqueSuffix } from "./support/data";
import { submitWithAnswers } from "./support/questionnaire";

/** The AP cohort has 11 PES; the share of those citing a barrier is shown as a whole percentage. */
const AP_PES = 11;
const barrierText = (count: number) => `${Math.round((100 * count) / AP_PES)}% (${count} PES)`;

/** The financial-resources barrier row of the AP comparison on a results page. */
function financialBarrier(page: Page) {
  return page.getByTestId("figure-context.barriers-ilo-ap-2022").getByRole("row", { name: /Lack of \(financial\) resources/ });
}

async function pasteAndCheck(page: Page, csv: string) {
  await page.getByLabel("Or paste the content").fill(csv);
  await page.getByRole("button", { name: "Check and preview" }).click();
}

test("an admin imports a dataset version: row-level errors, preview, publish; earlier submissions keep their comparison", async ({ page, browser }) => {
  test.setTimeout(150_000);

  // A version name of this run: a stored version is never replaced, and a retry publishes another one.
  const NEW_VERSION = `2027.1-${uniqueSuffix()}`;
  // An assessment submitted before the import is scored against the AP version in use (the built-in
  // 2026.1 on a fresh database; an earlier attempt's version when retried).
  const { respondent } = await createAgencyWithRespondent({ countryCode: "MX", region: "LAC" });
  await signInAs(page, respondent, "en");
  const before = await submitWithAnswers(page, respondent, 2061, answersOf(FULL_PROFILE));
  await page.goto(`/assessments/${before}/results`);
  const versionBefore = (await page.getByTestId("version-dataset-ilo-ap-2022").textContent())!.trim();
  const figureBefore = (await financialBarrier(page).textContent())!;

  const adminUser = await createAdmin();
  const adminContext = await browser.newContext({ acceptDownloads: true });
  const admin = await adminContext.newPage();
  await signInAs(admin, adminUser, "en");
  await admin.goto("/coordinator/datasets");
  await expect(admin.getByTestId(`dataset-version-ilo-ap-2022-${versionBefore}`)).toContainText("Used for new submissions");
  await admin.getByRole("link", { name: "Import a new version" }).click();
  await expect(admin.getByTestId("csv-header")).toHaveText(/^dataset_id,dataset_version,record,item_or_dimension,option,share,count/);

  // The template of the version in use is the starting point of the new version.
  const downloading = admin.waitForEvent("download");
  await admin.getByRole("link", { name: "Version in use of ilo-ap-2022 (CSV)" }).click();
  const download = await downloading;
  const template = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = template.trimEnd().split(/\r?\n/);
  const versioned = lines.map((line, index) => (index === 0 ? line : line.replace(`ilo-ap-2022,${versionBefore},`, `ilo-ap-2022,${NEW_VERSION},`)));
  const barrierRow = versioned.findIndex((line) => line.includes(",multi,context.barriers,financial_resources,"));
  expect(barrierRow).toBeGreaterThan(0);
  // The barrier's figures in the version in use (7 of 11 PES in the built-in one), as the results page shows them.
  const [, shareBefore, countText] = /,financial_resources,([0-9.]+),(\d+),/.exec(versioned[barrierRow]!)!;
  const countBefore = Number(countText);
  expect(figureBefore).toContain(barrierText(countBefore));
  // The new version: one PES more (one fewer when all already cite it).
  const countAfter = countBefore < AP_PES ? countBefore + 1 : countBefore - 1;
  const shareAfter = (countAfter / AP_PES).toFixed(4);

  // 1. A share given as a percentage: refused, with the spreadsheet row (the header is row 1).
  const wrong = [...versioned];
  wrong[barrierRow] = wrong[barrierRow]!.replace(`,${shareBefore},${countBefore},`, `,${(100 * Number(shareBefore)).toFixed(2)},${countBefore},`);
  await pasteAndCheck(admin, wrong.join("\n"));
  const errors = admin.getByTestId("import-errors");
  await expect(errors).toContainText(`Row ${barrierRow + 1}: A share must be between 0 and 1`);
  await expect(errors).toContainText(`found ${(100 * Number(shareBefore)).toFixed(2)}`);
  await expect(admin).toHaveURL(/\/coordinator\/datasets\/import$/);

  // 2. The corrected file (one more PES citing financial resources): previewed, then published.
  const fixed = [...versioned];
  fixed[barrierRow] = fixed[barrierRow]!.replace(`,${shareBefore},${countBefore},`, `,${shareAfter},${countAfter},`);
  await pasteAndCheck(admin, fixed.join("\n"));
  await expect(admin.getByTestId("preview-version")).toHaveText(NEW_VERSION);
  await expect(admin.getByTestId("preview-n")).toHaveText("11");
  await expect(admin.getByTestId("preview-item-context.barriers")).toContainText(`financial_resources: ${((100 * countAfter) / AP_PES).toFixed(1)}%, n=${countAfter}`);
  await expect(admin.getByTestId("dataset-status")).toContainText("Draft");
  await admin.getByRole("button", { name: "Publish this version" }).click();
  await expect(admin.getByText("Version published.")).toBeVisible();
  await expect(admin.getByTestId("dataset-status")).toContainText("Published");
  await expect(admin.getByRole("button", { name: "Publish this version" })).toHaveCount(0);

  await admin.goto("/coordinator/datasets");
  await expect(admin.getByTestId(`dataset-version-ilo-ap-2022-${NEW_VERSION}`)).toContainText("Used for new submissions");
  await expect(admin.getByTestId(`dataset-version-ilo-ap-2022-${NEW_VERSION}`)).toContainText(adminUser.email);
  await expect(admin.getByTestId(`dataset-version-ilo-ap-2022-${versionBefore}`)).not.toContainText("Used for new submissions");

  // 3. The same version again: refused (a stored version is never replaced).
  await admin.goto("/coordinator/datasets/import");
  await pasteAndCheck(admin, fixed.join("\n"));
  await expect(admin.locator("main").getByRole("alert")).toContainText(`Version ${NEW_VERSION} of ilo-ap-2022 already exists`);
  await adminContext.close();

  // A new submission is scored against the new version; the earlier one keeps its version and figures.
  const after = await submitWithAnswers(page, respondent, 2062, answersOf(FULL_PROFILE));
  await page.goto(`/assessments/${after}/results`);
  await expect(page.getByTestId("version-dataset-ilo-ap-2022")).toHaveText(NEW_VERSION);
  await expect(financialBarrier(page)).toContainText(barrierText(countAfter));
  await page.goto(`/assessments/${before}/results`);
  await expect(page.getByTestId("version-dataset-ilo-ap-2022")).toHaveText(versionBefore);
  await expect(financialBarrier(page)).toContainText(barrierText(countBefore));
});

test("respondents cannot reach the datasets pages or the template", async ({ page }) => {
  await signInAs(page, (await createAgencyWithRespondent()).respondent, "en");
  for (const path of ["/coordinator/datasets", "/coordinator/datasets/import"]) {
    await page.goto(path);
    await expect(page.getByTestId("forbidden")).toBeVisible();
  }
  const response = await page.request.get("/api/datasets/template");
  expect(response.status()).toBe(403);
});
