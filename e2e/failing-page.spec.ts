import { answersAll } from "@/lib/scoring/fixtures";
import { expect, signInAs, test } from "./fixtures";
import { execute } from "./support/coordinator";
import { createScoredAssessment } from "./support/report-assessment";

// A page that fails answers with a 5xx status (the error page's body, but not a 200): monitors, proxies
// and scripts see the failure. The failure here is real: a snapshot this code cannot vouch for.
const ROUND = 2077;

test("a page that fails returns a 5xx status with the error page", async ({ page }) => {
  const id = createScoredAssessment({ agencyId: "demo-agency-th", userEmail: "respondent@doe-th.demo", round: ROUND, answers: answersAll(2) });
  await signInAs(page, "coordinator");
  expect((await page.goto(`/assessments/${id}/results`))?.status()).toBe(200);

  execute("UPDATE ScoreSnapshot SET scoringModelVersion = '2099.1' WHERE currentForId = ?", id);
  const response = await page.goto(`/assessments/${id}/results`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
});
