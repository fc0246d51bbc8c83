import { answersAll } from "@/lib/scoring/fixtures";
import { expect, signInAs, test } from "./fixtures";
import { createAgencyWithRespondent, createAssessment, createCoordinator, e2eDb } from "./support/data";

// A page that fails answers with a 5xx status (the error page's body, but not a 200): monitors, proxies
// and scripts see the failure. The failure here is real: a snapshot this code cannot vouch for.
test("a page that fails returns a 5xx status with the error page", async ({ page }) => {
  const { agency, respondent } = await createAgencyWithRespondent({ countryCode: "TH", region: "AP" });
  const id = await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: 2077, status: "SUBMITTED", answers: answersAll(2) });
  await signInAs(page, await createCoordinator());
  expect((await page.goto(`/assessments/${id}/results`))?.status()).toBe(200);

  await e2eDb().scoreSnapshot.updateMany({ where: { currentForId: id }, data: { scoringModelVersion: "2099.1" } });
  const response = await page.goto(`/assessments/${id}/results`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
});
