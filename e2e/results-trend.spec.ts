import { expect, signInAs, test, useLocale } from "./fixtures";
import { completeAnswers, createAgencyWithRespondent, createAssessment } from "./support/data";

/**
 * Progress between rounds on the results page: an agency with three scored rounds sees its indices as a
 * line chart (one point per round and index), the table equivalent with every dimension opens from the
 * keyboard, another agency's rounds never enter it, the text is translated, and at 375 px nothing scrolls
 * sideways.
 */
test("an agency's results page shows its indices and dimensions over its rounds", async ({ page }) => {
  test.setTimeout(120_000);
  const { agency, respondent } = await createAgencyWithRespondent({ name: "Servicio de Empleo — tendencia", region: "LAC" });
  // Rounds stored out of order, with a draft that has no scores: the trend is oldest first, scored rounds only.
  const r2063 = await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: 2063, status: "SUBMITTED", answers: completeAnswers(3) });
  await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: 2061, status: "APPROVED", answers: completeAnswers(1) });
  await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: 2062, status: "APPROVED", answers: completeAnswers(2) });
  await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: 2064, status: "DRAFT", answers: completeAnswers(0) });
  // Another agency's scored round in the same years must not appear.
  const other = await createAgencyWithRespondent({ region: "LAC" });
  await createAssessment({ agencyId: other.agency.id, createdById: other.respondent.id, round: 2062, status: "APPROVED", answers: completeAnswers(0) });

  await signInAs(page, respondent, "en");
  await page.goto(`/assessments/${r2063}/results`);
  const trend = page.getByTestId("trend");
  await expect(page.getByRole("heading", { name: "Progress between rounds" })).toBeVisible();
  await expect(trend).toContainText("over its 3 scored rounds");

  // One point per round and index, the open round marked, the rounds on the axis in order.
  const chart = trend.getByTestId("trend-chart");
  await expect(chart.locator('[data-series="digital_maturity"] circle')).toHaveCount(3);
  await expect(chart.locator('[data-series="youth_readiness"] circle')).toHaveCount(3);
  expect(await chart.locator('[data-series="digital_maturity"] circle').evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-value")))).toEqual(["33", "67", "100"]);
  await expect(chart.locator("text")).toContainText(["2061", "2062", "2063"]);
  await expect(chart.getByTestId("trend-current")).toHaveCount(1);
  // Higher scores are drawn higher: the line rises from 2061 to 2063.
  const ys = await chart.locator('[data-series="digital_maturity"] circle').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute("cy"))));
  expect(ys[0]!).toBeGreaterThan(ys[1]!);
  expect(ys[1]!).toBeGreaterThan(ys[2]!);

  // The table equivalent opens with the keyboard and holds every dimension by round.
  const table = trend.getByTestId("trend-table");
  await expect(table).toBeHidden();
  await trend.getByText("Show the values as a table (indices and dimensions)").focus();
  await page.keyboard.press("Enter");
  await expect(table).toBeVisible();
  await expect(table.locator("thead th")).toHaveText(["Index or dimension", "2061", "2062", "2063 (these results)"]);
  await expect(table.locator('[data-row="digital_maturity"] td')).toHaveText(["33", "67", "100"]);
  await expect(table.locator('[data-row="strategy"] td')).toHaveText(["33", "67", "100"]);
  await expect(table.locator("tbody tr")).toHaveCount(2 + 10);

  // At phone width the chart shrinks with the page; nothing scrolls sideways.
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(chart).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await chart.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(375);

  // French and Spanish: the section and its table are translated.
  await useLocale(page, "fr");
  await expect(page.getByRole("heading", { name: "Évolution d'un cycle à l'autre" })).toBeVisible();
  await expect(trend).toContainText("sur ses 3 cycles notés");
  await useLocale(page, "es");
  await expect(page.getByRole("heading", { name: "Evolución entre rondas" })).toBeVisible();
  await expect(trend.getByText("Mostrar los valores en una tabla (índices y dimensiones)")).toBeVisible();
});
