import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, signInAs, test } from "./fixtures";
import { completeAnswers, createAgencyWithRespondent, createAssessment, createCoordinator, uniqueSuffix } from "./support/data";

const ROUND = 2052;

const unzip = (args: string[]) => execFileSync("unzip", args, { encoding: "utf8", env: { ...process.env, LC_ALL: "C.UTF-8" } });

test("a coordinator downloads the reports of a filtered list as one ZIP, in French, with progress", async ({ page }) => {
  test.setTimeout(240_000); // two reports rendered on a loaded CI machine
  // Three agencies of this journey share a tag (the search term): two submitted assessments have reports,
  // the draft has none and is left out. An Arabic name checks the entries' names in any script.
  const tag = `bulk-${uniqueSuffix()}`;
  const arabic = await createAgencyWithRespondent({ name: `الهيئة الوطنية للتشغيل ${tag}`, countryCode: "TN", region: "AFRICA" });
  const french = await createAgencyWithRespondent({ name: `Agence nationale de l'emploi ${tag}`, countryCode: "SN", region: "AFRICA" });
  const draft = await createAgencyWithRespondent({ name: `Brouillon ${tag}`, countryCode: "SN", region: "AFRICA" });
  for (const [agency, status] of [[arabic, "SUBMITTED"], [french, "SUBMITTED"], [draft, "DRAFT"]] as const) {
    await createAssessment({ agencyId: agency.agency.id, createdById: agency.respondent.id, round: ROUND, status, answers: completeAnswers(2) });
  }

  await signInAs(page, await createCoordinator());
  await page.goto(`/coordinator?round=${ROUND}&q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId("submission-row")).toHaveCount(3);
  const bulk = page.getByTestId("bulk-reports");
  await bulk.getByLabel("Reports in").selectOption("fr");
  // Keyboard: the button is reached and pressed like any other.
  await bulk.getByTestId("bulk-reports-download").focus();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.keyboard.press("Enter")]);
  await expect(bulk.getByTestId("bulk-reports-status")).toHaveText("2 reports downloaded.");
  expect(download.suggestedFilename()).toMatch(/^reports-fr-\d{4}-\d{2}-\d{2}\.zip$/);

  const dir = mkdtempSync(path.join(tmpdir(), "bulk-reports-"));
  const zip = path.join(dir, "reports.zip");
  writeFileSync(zip, readFileSync(await download.path()));
  const names = unzip(["-Z1", zip]).trim().split("\n").sort();
  expect(names).toEqual([`${french.agency.name} - ${ROUND} - fr.pdf`, `${arabic.agency.name} - ${ROUND} - fr.pdf`].sort());
  unzip(["-q", zip, "-d", dir]);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", path.join(dir, names.find((name) => name.startsWith("Agence"))!), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(french.agency.name);
  expect(text).toContain("Rapport de référenciation de la maturité numérique");
  expect(text).toContain(`Cycle ${ROUND}`);

  // The server's side (the French PDFs are now stored, so no render): the count header, and a bad filter or language refused before anything starts.
  const response = await page.request.get(`/api/reports/bulk?lang=fr&round=${ROUND}&q=${encodeURIComponent(tag)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-report-count"]).toBe("2");
  expect(response.headers()["content-type"]).toBe("application/zip");
  for (const bad of ["lang=de", "status=NOPE&lang=en", "lang=en&round=nineteen", "lang=en&country=FRA", ""]) {
    expect((await page.request.get(`/api/reports/bulk?${bad}`)).status(), bad).toBe(400);
  }
});
