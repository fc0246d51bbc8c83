import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, signInAs, test } from "./fixtures";
import { FULL_PROFILE } from "./support/answer-profile";
import { submitAssessmentWith } from "./support/submitted-assessment";

const NEW_VERSION = "2027.1";

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

  // An assessment submitted before the import is scored against the built-in AP version 2026.1.
  await signInAs(page, "respondent", "en");
  const before = await submitAssessmentWith(page, 2061, FULL_PROFILE, ACCOUNTS.respondent.email);
  await page.goto(`/assessments/${before}/results`);
  await expect(page.getByTestId("version-dataset-ilo-ap-2022")).toHaveText("2026.1");
  await expect(financialBarrier(page)).toContainText("64% (7 PES)");

  const adminContext = await browser.newContext({ acceptDownloads: true });
  const admin = await adminContext.newPage();
  await signInAs(admin, "admin", "en");
  await admin.goto("/coordinator/datasets");
  await expect(admin.getByTestId("dataset-version-ilo-ap-2022-2026.1")).toContainText("Used for new submissions");
  await admin.getByRole("link", { name: "Import a new version" }).click();
  await expect(admin.getByTestId("csv-header")).toHaveText(/^dataset_id,dataset_version,record,item_or_dimension,option,share,count/);

  // The template of the version in use is the starting point of the new version.
  const downloading = admin.waitForEvent("download");
  await admin.getByRole("link", { name: "Version in use of ilo-ap-2022 (CSV)" }).click();
  const download = await downloading;
  const template = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = template.trimEnd().split(/\r?\n/);
  const versioned = lines.map((line, index) => (index === 0 ? line : line.replace("ilo-ap-2022,2026.1,", `ilo-ap-2022,${NEW_VERSION},`)));
  const barrierRow = versioned.findIndex((line) => line.includes(",multi,context.barriers,financial_resources,"));
  expect(barrierRow).toBeGreaterThan(0);

  // 1. A share given as a percentage: refused, with the spreadsheet row (the header is row 1).
  const wrong = [...versioned];
  wrong[barrierRow] = wrong[barrierRow]!.replace(",0.6364,7,", ",63.64,7,");
  await pasteAndCheck(admin, wrong.join("\n"));
  const errors = admin.getByTestId("import-errors");
  await expect(errors).toContainText(`Row ${barrierRow + 1}: A share must be between 0 and 1`);
  await expect(errors).toContainText("found 63.64");
  await expect(admin).toHaveURL(/\/coordinator\/datasets\/import$/);

  // 2. The corrected file (one more PES citing financial resources): previewed, then published.
  const fixed = [...versioned];
  fixed[barrierRow] = fixed[barrierRow]!.replace(",0.6364,7,", ",0.7273,8,");
  await pasteAndCheck(admin, fixed.join("\n"));
  await expect(admin.getByTestId("preview-version")).toHaveText(NEW_VERSION);
  await expect(admin.getByTestId("preview-n")).toHaveText("11");
  await expect(admin.getByTestId("preview-item-context.barriers")).toContainText("financial_resources: 72.7%, n=8");
  await expect(admin.getByTestId("dataset-status")).toContainText("Draft");
  await admin.getByRole("button", { name: "Publish this version" }).click();
  await expect(admin.getByText("Version published.")).toBeVisible();
  await expect(admin.getByTestId("dataset-status")).toContainText("Published");
  await expect(admin.getByRole("button", { name: "Publish this version" })).toHaveCount(0);

  await admin.goto("/coordinator/datasets");
  await expect(admin.getByTestId(`dataset-version-ilo-ap-2022-${NEW_VERSION}`)).toContainText("Used for new submissions");
  await expect(admin.getByTestId(`dataset-version-ilo-ap-2022-${NEW_VERSION}`)).toContainText(ACCOUNTS.admin.email);
  await expect(admin.getByTestId("dataset-version-ilo-ap-2022-2026.1")).not.toContainText("Used for new submissions");

  // 3. The same version again: refused (a stored version is never replaced).
  await admin.goto("/coordinator/datasets/import");
  await pasteAndCheck(admin, fixed.join("\n"));
  await expect(admin.locator("main").getByRole("alert")).toContainText(`Version ${NEW_VERSION} of ilo-ap-2022 already exists`);
  await adminContext.close();

  // A new submission is scored against the new version; the earlier one keeps 2026.1 and its figures.
  const after = await submitAssessmentWith(page, 2062, FULL_PROFILE, ACCOUNTS.respondent.email);
  await page.goto(`/assessments/${after}/results`);
  await expect(page.getByTestId("version-dataset-ilo-ap-2022")).toHaveText(NEW_VERSION);
  await expect(financialBarrier(page)).toContainText("73% (8 PES)");
  await page.goto(`/assessments/${before}/results`);
  await expect(page.getByTestId("version-dataset-ilo-ap-2022")).toHaveText("2026.1");
  await expect(financialBarrier(page)).toContainText("64% (7 PES)");
});

test("respondents cannot reach the datasets pages or the template", async ({ page }) => {
  await signInAs(page, "respondent", "en");
  for (const path of ["/coordinator/datasets", "/coordinator/datasets/import"]) {
    await page.goto(path);
    await expect(page.getByTestId("forbidden")).toBeVisible();
  }
  const response = await page.request.get("/api/datasets/template");
  expect(response.status()).toBe(403);
});
