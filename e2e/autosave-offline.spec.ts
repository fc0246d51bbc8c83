import { expect, signInAs, test } from "./fixtures";
import { createAgencyWithRespondent } from "./support/data";
import { expectAllSaved, startAssessment } from "./support/questionnaire";

test("with the network cut, answers show 'not saved' and are saved once it returns", async ({ page, context }) => {
  await signInAs(page, (await createAgencyWithRespondent()).respondent, "en");
  const id = await startAssessment(page, 2032);
  await page.goto(`/assessments/${id}/sections/strategy`);
  const status = page.getByTestId("autosave-status");
  const national = page.locator('[data-item-id="strategy.national"]');

  await national.getByLabel("Yes, in development").check();
  await expectAllSaved(page);

  await context.setOffline(true);
  await national.getByLabel("No, but there are concrete plans").check();
  await page.locator('[data-item-id="strategy.pes_digital"]').getByLabel("Yes, fully in place").check();
  await expect(status).toContainText("Not saved");
  await expect(status).toHaveAttribute("data-phase", /offline|retrying/);
  // Still not saved a while later: nothing was dropped, it waits for the network.
  await page.waitForTimeout(1500);
  await expect(status).toContainText("Not saved");

  await context.setOffline(false);
  await expect(status).toHaveAttribute("data-phase", "saved", { timeout: 15_000 });
  await expect(status).toContainText(/Saved at \d{1,2}:\d{2}/);

  await page.reload();
  await expect(page.locator('[data-item-id="strategy.national"]').getByLabel("No, but there are concrete plans")).toBeChecked();
  await expect(page.locator('[data-item-id="strategy.pes_digital"]').getByLabel("Yes, fully in place")).toBeChecked();
});

// Closing the page with answers waiting loses nothing: they stay on the device (field-questionnaire.spec.ts).
