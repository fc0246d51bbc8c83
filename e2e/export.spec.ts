import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { APIResponse } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { allItems } from "../lib/questionnaire/lookup";
import { createCompleteDraft, query, signOut, submitThroughUi } from "./support/coordinator";

const ROUND = 2045;

async function parseCsv(response: APIResponse | Buffer) {
  const bytes = Buffer.isBuffer(response) ? response : await response.body();
  // UTF-8 with a byte-order mark, so spreadsheets read non-Latin agency names correctly.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(bytes.toString("utf8").slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

test.beforeAll(() => {
  // Two agencies with an assessment in this round: Mexico (submitted below) and Thailand (a draft).
  createCompleteDraft("demo-agency-mx", ROUND, 3);
  createCompleteDraft("demo-agency-th", ROUND, 1);
});

test("the CSV export of a filtered list has the right rows and columns", async ({ page }) => {
  const [mx] = query<{ id: string }>("SELECT id FROM Assessment WHERE agencyId = ? AND round = ?", "demo-agency-mx", ROUND);
  await signInAs(page, "respondent");
  await submitThroughUi(page, mx!.id);
  await signOut(page);

  await signInAs(page, "coordinator");
  await page.goto(`/coordinator?round=${ROUND}&region=AP`);
  await expect(page.getByTestId("submission-row")).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/^assessments-\d{4}-\d{2}-\d{2}\.csv$/);
  const filtered = await parseCsv(readFileSync(await download.path()));
  expect(filtered.data.map((row) => row.agency_name)).toEqual(["กรมการจัดหางาน"]);
  expect(filtered.data[0]!.status).toBe("DRAFT");
  expect(filtered.data[0]!["score.strategy"]).toBe(""); // not submitted: not scored, never 0

  // Columns: metadata, one per item (+ "other" text), each dimension's score and stage, the two indices.
  const fields = filtered.meta.fields!;
  for (const item of allItems) expect(fields).toContain(item.id);
  expect(fields).toEqual(expect.arrayContaining(["assessment_id", "agency_name", "country", "round", "score.strategy", "stage.strategy", "index.digital_maturity", "index.youth_readiness", "front_office.channels.other_text"]));

  // The submitted Mexican assessment: answers as option ids and its stored scores (every item at 3 points).
  const both = await parseCsv(await page.request.get(`/api/exports/assessments?format=csv&round=${ROUND}`));
  expect(both.data.map((row) => row.country).sort()).toEqual(["MX", "TH"]);
  const mxRow = both.data.find((row) => row.country === "MX")!;
  expect(mxRow["strategy.national"]).toBe("fully_in_place");
  expect(mxRow["score.strategy"]).toBe("100");
  expect(mxRow["stage.strategy"]).toBe("leading");
  expect(mxRow["index.digital_maturity"]).toBe("100");

  // The codebook describes every column of the export.
  const codebook = await parseCsv(await page.request.get("/api/exports/codebook"));
  expect(codebook.data.map((row) => row.column)).toEqual(fields);

  // JSON export with the same filters; every export is audited.
  const json = (await (await page.request.get(`/api/exports/assessments?format=json&round=${ROUND}&country=TH`)).json()) as { count: number; assessments: { agency: { name: string } }[] };
  expect(json.count).toBe(1);
  expect(json.assessments[0]!.agency.name).toBe("กรมการจัดหางาน");
  const actions = query<{ action: string }>("SELECT action FROM AuditEvent WHERE actorEmail = ? AND action LIKE 'export.%'", "coordinator@ilo.demo").map((e) => e.action);
  expect(actions).toEqual(expect.arrayContaining(["export.csv", "export.json"]));

  // The regional view counts agencies by status; below 5 approved agencies it shows no figure.
  await page.goto(`/coordinator/regions?round=${ROUND}`);
  const ap = page.locator('[data-testid="region-summary"][data-region="AP"]');
  await expect(ap.locator('[data-status="DRAFT"] dd')).toHaveText("1");
  await expect(ap).toContainText("No approved assessment in this region: figures are shown from 5.");
  await expect(page.locator('[data-testid="region-summary"][data-region="LAC"] [data-status="SUBMITTED"] dd')).toHaveText("1");
});

test("a respondent's export never contains another agency, whatever the filters say", async ({ page }) => {
  await signInAs(page, "respondent");
  await page.goto("/assessments");
  await expect(page.getByTestId("export-csv")).toBeVisible();
  for (const query of ["", `round=${ROUND}`, "country=TH", "region=AP"]) {
    const csv = await parseCsv(await page.request.get(`/api/exports/assessments?format=csv&${query}`));
    for (const row of csv.data) expect(row.country).toBe("MX");
    const json = (await (await page.request.get(`/api/exports/assessments?format=json&${query}`)).json()) as { assessments: { agency: { country: string } }[] };
    for (const entry of json.assessments) expect(entry.agency.country).toBe("MX");
  }
  const own = await parseCsv(await page.request.get(`/api/exports/assessments?format=csv&round=${ROUND}`));
  expect(own.data).toHaveLength(1);
  expect((await page.request.get("/api/exports/assessments?format=csv&country=TH")).status()).toBe(200);

  // Signed out: no export at all.
  await signOut(page);
  expect((await page.request.get("/api/exports/assessments?format=csv")).status()).toBe(401);
});
