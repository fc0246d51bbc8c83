import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { APIResponse } from "@playwright/test";
import { expect, signInAs, signOut, test } from "./fixtures";
import { allItems } from "../lib/questionnaire/lookup";
import { completeAnswers, createAgencyWithRespondent, createAssessment, createCoordinator, e2eDb, uniqueSuffix } from "./support/data";
import { submitThroughUi } from "./support/questionnaire";

const ROUND = 2045;

async function parseCsv(response: APIResponse | Buffer) {
  const bytes = Buffer.isBuffer(response) ? response : await response.body();
  // UTF-8 with a byte-order mark, so spreadsheets read non-Latin agency names correctly.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(bytes.toString("utf8").slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

/** How many agencies of the region have an assessment of ROUND in that status (what the regional view counts). */
const countOf = (region: "AP" | "LAC", status: "DRAFT" | "SUBMITTED") => e2eDb().assessment.count({ where: { round: ROUND, status, agency: { region } } });

test("the CSV export of a filtered list has the right rows and columns", async ({ page }) => {
  // Two agencies of this journey with an assessment in this round: Mexico (submitted below) and Thailand
  // (a draft). Their names share a tag, the search term that keeps other journeys' agencies out of the list.
  const tag = `export-${uniqueSuffix()}`;
  const mx = await createAgencyWithRespondent({ name: `Servicio Nacional de Empleo ${tag}`, countryCode: "MX", region: "LAC" });
  const th = await createAgencyWithRespondent({ name: `กรมการจัดหางาน ${tag}`, countryCode: "TH", region: "AP" });
  const mxId = await createAssessment({ agencyId: mx.agency.id, createdById: mx.respondent.id, round: ROUND, answers: completeAnswers(3) });
  await createAssessment({ agencyId: th.agency.id, createdById: th.respondent.id, round: ROUND, answers: completeAnswers(1) });
  await signInAs(page, mx.respondent);
  await submitThroughUi(page, mxId);
  await signOut(page);

  const coordinator = await createCoordinator();
  await signInAs(page, coordinator);
  await page.goto(`/coordinator?round=${ROUND}&region=AP&q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId("submission-row")).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/^assessments-\d{4}-\d{2}-\d{2}\.csv$/);
  const filtered = await parseCsv(readFileSync(await download.path()));
  expect(filtered.data.map((row) => row.agency_name)).toEqual([th.agency.name]);
  expect(filtered.data[0]!.status).toBe("DRAFT");
  expect(filtered.data[0]!["score.strategy"]).toBe(""); // not submitted: not scored, never 0

  // Columns: metadata, one per item (+ "other" text), each dimension's score and stage, the two indices.
  const fields = filtered.meta.fields!;
  for (const item of allItems) expect(fields).toContain(item.id);
  expect(fields).toEqual(expect.arrayContaining(["assessment_id", "agency_name", "country", "round", "score.strategy", "stage.strategy", "index.digital_maturity", "index.youth_readiness", "front_office.channels.other_text"]));

  // The submitted Mexican assessment: answers as option ids and its stored scores (every item at 3 points).
  const both = await parseCsv(await page.request.get(`/api/exports/assessments?format=csv&round=${ROUND}&q=${encodeURIComponent(tag)}`));
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
  const json = (await (await page.request.get(`/api/exports/assessments?format=json&round=${ROUND}&country=TH&q=${encodeURIComponent(tag)}`)).json()) as { count: number; assessments: { agency: { name: string } }[] };
  expect(json.count).toBe(1);
  expect(json.assessments[0]!.agency.name).toBe(th.agency.name);
  const events = await e2eDb().auditEvent.findMany({ where: { actorEmail: coordinator.email, action: { startsWith: "export." } }, select: { action: true } });
  expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["export.csv", "export.json"]));

  // The regional view counts agencies by status (this round may also hold a retried attempt's agencies);
  // below 5 approved agencies it shows no figure.
  // The other journey of this file may add an assessment to this round meanwhile: the page and the count are
  // read again until they were taken at a quiet moment.
  const ap = page.locator('[data-testid="region-summary"][data-region="AP"]');
  await expect(async () => {
    await page.goto(`/coordinator/regions?round=${ROUND}`);
    await expect(ap.locator('[data-status="DRAFT"] dd')).toHaveText(String(await countOf("AP", "DRAFT")), { timeout: 2_000 });
    await expect(page.locator('[data-testid="region-summary"][data-region="LAC"] [data-status="SUBMITTED"] dd')).toHaveText(String(await countOf("LAC", "SUBMITTED")), { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(ap).toContainText("No approved assessment in this region: figures are shown from 5.");
});

test("a respondent's export never contains another agency, whatever the filters say", async ({ page }) => {
  // An agency of its own with one assessment of this round; other journeys' agencies have theirs too.
  const { agency, respondent } = await createAgencyWithRespondent({ countryCode: "MX", region: "LAC" });
  await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: ROUND });
  const other = await createAgencyWithRespondent({ countryCode: "TH", region: "AP" });
  await createAssessment({ agencyId: other.agency.id, createdById: other.respondent.id, round: ROUND });
  await signInAs(page, respondent);
  await page.goto("/assessments");
  await expect(page.getByTestId("export-csv")).toBeVisible();
  for (const query of ["", `round=${ROUND}`, "country=TH", "region=AP"]) {
    const csv = await parseCsv(await page.request.get(`/api/exports/assessments?format=csv&${query}`));
    for (const row of csv.data) expect(row.agency_name).toBe(agency.name);
    const json = (await (await page.request.get(`/api/exports/assessments?format=json&${query}`)).json()) as { assessments: { agency: { name: string } }[] };
    for (const entry of json.assessments) expect(entry.agency.name).toBe(agency.name);
  }
  const own = await parseCsv(await page.request.get(`/api/exports/assessments?format=csv&round=${ROUND}`));
  expect(own.data).toHaveLength(1);
  expect((await page.request.get("/api/exports/assessments?format=csv&country=TH")).status()).toBe(200);

  // Signed out: no export at all.
  await signOut(page);
  expect((await page.request.get("/api/exports/assessments?format=csv")).status()).toBe(401);
});
