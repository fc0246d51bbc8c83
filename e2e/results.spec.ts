import AxeBuilder from "@axe-core/playwright";
import { BUILTIN_DATASET_VERSION } from "@/lib/benchmarks/builtin";
import { expect, signInAs, test, useLocale } from "./fixtures";
import { FULL_PROFILE, SCORED_ANSWERS } from "./support/answer-profile";
import { answersOf, createAgencyWithRespondent, createCoordinator } from "./support/data";
import { startAssessment, submitWithAnswers } from "./support/questionnaire";

/*
 * The method (scoring model 2026.1), written out here from its published text, NOT imported from the engine:
 * points per option; dimension = 100 × sum / (3 × n) over the items with points, not scored when fewer than
 * half have points; stages 0/20/40/60/80 (a cut-off belongs to the higher stage); indices = mean of the
 * scored dimensions, Part 1 needs 4 of 6, Parts 2–3 need 3 of 4.
 */
const POINTS: Record<string, number> = {
  fully_in_place: 3, in_development: 2, concrete_plans: 1, not_planned: 0,
  in_production: 3, pre_production: 2, pilot: 1, no_project: 0,
};
const STAGES = [["Leading", 80], ["Advanced", 60], ["Developing", 40], ["Emerging", 20], ["Initial", 0]] as const;
const PART_1 = ["strategy", "back_office", "front_office", "data", "analytics", "organisation"];
const YOUTH = ["youth_programmes", "youth_front_office", "youth_innovation", "youth_back_office"];

function methodScore(options: string[]): { score: number | null; sum: number; n: number } {
  const points = options.flatMap((option) => (option in POINTS ? [POINTS[option]!] : []));
  const sum = points.reduce((a, b) => a + b, 0);
  if (2 * points.length < options.length) return { score: null, sum, n: points.length };
  return { score: (100 * sum) / (3 * points.length), sum, n: points.length };
}
const stageOf = (score: number) => STAGES.find(([, from]) => score >= from)![0];
const expected = Object.fromEntries(Object.entries(SCORED_ANSWERS).map(([dimension, answers]) => [dimension, methodScore(Object.values(answers))]));
function methodIndex(dimensions: string[], required: number): number | null {
  const scored = dimensions.flatMap((d) => (expected[d]!.score === null ? [] : [expected[d]!.score!]));
  return scored.length < required ? null : scored.reduce((a, b) => a + b, 0) / scored.length;
}

const ROUND = 2063;

test("a respondent's submitted assessment shows the scores the method gives, with comparisons, sources and versions", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A LAC agency that takes part in the live cohorts (it opts out and back in below).
  const { respondent } = await createAgencyWithRespondent({ countryCode: "MX", region: "LAC", liveCohorts: true });
  await signInAs(page, respondent, "en");
  const id = await submitWithAnswers(page, respondent, ROUND, answersOf(FULL_PROFILE));
  await page.getByTestId("results-link").click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/results$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results");

  // Every dimension: score (whole number) and stage, or "Insufficient answers" (never 0).
  for (const [dimension, { score }] of Object.entries(expected)) {
    if (score === null) {
      await expect(page.getByTestId(`dimension-score-${dimension}`)).toHaveText("Insufficient answers");
      await expect(page.getByTestId(`dimension-stage-${dimension}`)).toHaveText("—");
    } else {
      await expect(page.getByTestId(`dimension-score-${dimension}`)).toHaveText(String(Math.round(score)));
      await expect(page.getByTestId(`dimension-stage-${dimension}`)).toHaveText(stageOf(score));
    }
  }
  // The profile puts organisation exactly on the 60 cut-off: Advanced, not Developing.
  expect(expected.organisation!.score).toBe(60);
  await expect(page.getByTestId("dimension-stage-organisation")).toHaveText("Advanced");

  // The two indices.
  const digital = methodIndex(PART_1, 4)!;
  const youth = methodIndex(YOUTH, 3)!;
  await expect(page.getByTestId("index-digital_maturity")).toHaveText(String(Math.round(digital)));
  await expect(page.getByTestId("index-digital_maturity-stage")).toHaveText(stageOf(digital));
  await expect(page.getByTestId("index-youth_readiness")).toHaveText(String(Math.round(youth)));
  await expect(page.getByTestId("index-youth_readiness-stage")).toHaveText(stageOf(youth));

  // "Why this score": the arithmetic of the worked example (back office) and the insufficient rule (data).
  const back = expected.back_office!;
  await page.getByTestId("why-back_office").locator("summary").click();
  await expect(page.getByTestId("why-back_office-arithmetic")).toContainText(
    `100 × ${back.sum} / (3 × ${back.n}) = ${back.score!.toFixed(1)}`,
  );
  await page.getByTestId("why-data").locator("summary").click();
  await expect(page.getByTestId("why-data-arithmetic")).toContainText(`Only ${expected.data!.n} of 5 items have points`);

  // The chart (accessible SVG) and its LAC reference; the LAC published level with its gap in the table.
  await expect(page.getByRole("img", { name: /Dimension scores/ })).toBeVisible();
  const lacStrategyGap = 1 + (4 * expected.strategy!.score!) / 100 - 3.2;
  await expect(page.getByTestId("dimension-row-strategy")).toContainText(`level 3.2 (gap +${lacStrategyGap.toFixed(1)})`);
  await expect(page.getByTestId("dimension-row-youth_innovation")).toContainText("No reference figure");
  await expect(page.getByTestId("dimension-row-strategy")).toContainText(/Live cohort too small: \d+ of 5 needed/);
  await expect(page.getByText(/n not published/).first()).toBeVisible();

  // Barriers against the AP shares: the options the agency ticked are marked, with the cohort's n.
  const barriers = page.getByTestId("barriers");
  await expect(barriers.getByRole("row", { name: /Lack of \(financial\) resources/ })).toContainText("Yes");
  await expect(barriers.getByRole("row", { name: /Resistance to change/ })).toContainText("No");
  await expect(barriers).toContainText("n = 11");
  await expect(page.getByTestId("budgets")).toContainText("◆ your answer");

  // Recommendations exactly for the scored dimensions below Advanced.
  for (const [dimension, { score }] of Object.entries(expected)) {
    const recommended = score !== null && score < 60;
    await expect(page.getByTestId(`recommendation-${dimension}`)).toHaveCount(recommended ? 1 : 0);
  }

  // Versions of the snapshot.
  await expect(page.getByTestId("version-instrument")).toHaveText("2026.1");
  await expect(page.getByTestId("version-scoring-model")).toHaveText("2026.1");
  // The LAC cohort in use: the built-in version (no journey imports a LAC version).
  await expect(page.getByTestId("version-dataset-idb-lac-2022")).toHaveText(BUILTIN_DATASET_VERSION);

  // No serious accessibility violation (the chart is an image with a title and a table alternative).
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // The agency opts out of the live cohorts, then back in.
  // Each answer re-renders the results page on the server: slow when two workers share a loaded machine.
  await page.getByRole("button", { name: "Opt out of the live cohorts" }).click();
  await expect(page.getByTestId("live-cohort-status")).toContainText("has opted out", { timeout: 45_000 });
  await page.getByRole("button", { name: "Take part in the live cohorts again" }).click();
  await expect(page.getByTestId("live-cohort-status")).toContainText("count in the live cohorts", { timeout: 45_000 });

  // In Spanish: the page is translated, the studies' statements too (datasets 2026.2 carry EN/FR/ES), so
  // none is printed in English with the "(en inglés)" marker.
  await useLocale(page, "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resultados");
  await expect(page.getByText("las estrategias digitales se centran en la digitalización de los procesos")).not.toHaveCount(0);
  await expect(page.getByText("(en inglés)")).toHaveCount(0);

  // A coordinator sees the same figures; a respondent of another agency is refused.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signInAs(coordinator, await createCoordinator(), "en");
  await coordinator.goto(`/assessments/${id}/results`);
  await expect(coordinator.getByTestId("index-digital_maturity")).toHaveText(String(Math.round(digital)));
  await coordinatorContext.close();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAs(other, (await createAgencyWithRespondent({ countryCode: "TH", region: "AP" })).respondent, "en");
  await other.goto(`/assessments/${id}/results`);
  await expect(other.getByTestId("forbidden")).toBeVisible();
  await otherContext.close();
});

test("a draft has no results, and the methodology page is public", async ({ page, browser }) => {
  await signInAs(page, (await createAgencyWithRespondent()).respondent, "en");
  const id = await startAssessment(page, ROUND + 1);
  await page.goto(`/assessments/${id}/results`);
  await expect(page.getByText("has not been submitted yet")).toBeVisible();
  await page.getByRole("link", { name: "Back to the questionnaire" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}$`));

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto("/methodology");
  await expect(visitor).toHaveURL(/\/methodology$/);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("How the scores are computed");
  await expect(visitor.getByTestId("stage-cut-offs")).toContainText("from 60 to below 80");
  await expect(visitor.getByTestId("methodology-cohorts")).toContainText("n not published");
  await anonymous.close();
});
