import { readFileSync } from "node:fs";
import { expect, signInAs, test, useLocale } from "./fixtures";
import { completeAnswers, createAgency, createAssessment, createCoordinator, createUser, uniqueSuffix } from "./support/data";

/*
 * Compare agencies: a coordinator finds three scored assessments by a search of this journey's own tag,
 * adds them, and reads their dimension scores side by side as grouped bars and as a table; exports the
 * chart (SVG) and the scores (CSV); the page reads in French; at 375 px nothing scrolls sideways.
 */
/** Where the screenshots go for a person to look at (not an assertion). */
const SHOTS = process.env.E2E_SHOTS_DIR;

test("a coordinator compares three agencies' dimension scores as bars and as a table, and exports them", async ({ page }) => {
  test.setTimeout(150_000);
  const tag = `Cmp${uniqueSuffix()}`;
  const profiles = [
    { name: `${tag} Servicio Nacional de Empleo de la República`, countryCode: "DO", points: 1 as const, round: 2070 },
    { name: `${tag} กรมการจัดหางาน`, countryCode: "TH", points: 2 as const, round: 2071 },
    { name: `${tag} Agence nationale pour l'emploi`, countryCode: "SN", points: 3 as const, round: 2071 },
  ];
  const agencies = [];
  for (const profile of profiles) {
    const agency = await createAgency({ name: profile.name, countryCode: profile.countryCode, region: "LAC" });
    const respondent = await createUser({ role: "RESPONDENT", agencyId: agency.id });
    await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: profile.round, status: "APPROVED", answers: completeAnswers(profile.points) });
    agencies.push({ ...agency, round: profile.round });
  }

  await signInAs(page, await createCoordinator(), "en");
  await page.goto(`/coordinator/compare?q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId("compare-candidates").locator("li")).toHaveCount(3);
  for (const agency of agencies) {
    await page.getByRole("link", { name: `Add ${agency.name} (${agency.round})` }).click();
    await expect(page.getByTestId("compare-selected")).toContainText(`${agency.name} (${agency.round})`);
  }
  await expect(page.getByRole("heading", { name: "Selected: 3 of 8" })).toBeVisible();

  // The chart: one bar per assessment in each dimension, one legend entry each; the table gives the values.
  const chart = page.locator("#compare-chart-svg");
  await expect(chart).toContainText("Digital strategy");
  // SVG text does not wrap: a long name is drawn in lines (tspans), read back here as one label.
  const legend = await chart.locator("text").evaluateAll((nodes) => nodes.map((node) => [...node.querySelectorAll("tspan")].map((line) => line.textContent).join(" ")));
  for (const agency of agencies) expect(legend).toContain(`${agency.name} (${agency.round})`);
  const table = page.getByTestId("compare-table");
  await expect(table.locator("thead th")).toHaveCount(4);
  await expect(table.getByRole("row", { name: /Digital strategy/ }).locator("td")).toHaveText(["33", "67", "100"]);

  // Exports: the chart as SVG (drawn in the browser), the scores as CSV.
  const svgDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save the chart (SVG)" }).click();
  const svgFile = test.info().outputPath("compare.svg");
  await (await svgDownload).saveAs(svgFile);
  expect(readFileSync(svgFile, "utf8")).toContain("กรมการจัดหางาน");
  const csv = await page.request.get(await page.getByTestId("compare-csv").getAttribute("href") as string);
  expect(csv.status()).toBe(200);
  const csvText = await csv.text();
  for (const agency of agencies) expect(csvText).toContain(agency.name);

  if (SHOTS) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("heading", { name: "Dimension scores side by side" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-1280.png`, fullPage: true });
  }

  // At phone width the page does not scroll sideways; a chart drawn for the narrow column replaces the wide
  // one, its text at a readable size (not the wide chart shrunk), every name wrapped inside it.
  await page.setViewportSize({ width: 375, height: 812 });
  const phoneChart = page.locator("#compare-chart-phone");
  await expect(phoneChart).toBeVisible();
  await expect(chart).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const phoneBox = (await phoneChart.boundingBox())!;
  expect(phoneBox.x + phoneBox.width).toBeLessThanOrEqual(375);
  const smallestText = await phoneChart.locator("text").evaluateAll((nodes) => Math.min(...nodes.map((node) => node.getBoundingClientRect().height)));
  expect(smallestText).toBeGreaterThanOrEqual(9);
  const textOutside = await phoneChart.locator("tspan").evaluateAll((nodes) => {
    const svg = nodes[0]!.closest("svg")!.getBoundingClientRect();
    return nodes.filter((node) => node.getBoundingClientRect().right > svg.right + 1).map((node) => node.textContent);
  });
  expect(textOutside).toEqual([]);
  // The table scrolls in its own box, which the keyboard reaches.
  await expect(page.getByTestId("compare-table-scroll")).toHaveAttribute("tabindex", "0");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-375.png`, fullPage: true });

  // French: the headings, the chart's dimension names and the table are translated.
  await useLocale(page, "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparer des agences");
  await expect(phoneChart).toContainText("Stratégie numérique");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-375-fr.png`, fullPage: true });
});
