import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { createAgencyWithRespondent } from "./support/data";
import { expectAllSaved, startAssessment } from "./support/questionnaire";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("keyboard-only completion of a section, and no serious axe violations on the list, a section and the review page", async ({ page }) => {
  await signInAs(page, (await createAgencyWithRespondent()).respondent, "en");
  await expectNoSeriousViolations(page); // the assessments list (empty or not)
  const id = await startAssessment(page, 2033);
  await page.goto("/assessments");
  await expectNoSeriousViolations(page);

  await page.goto(`/assessments/${id}/sections/strategy`);
  await expectNoSeriousViolations(page);
  const groups = ["strategy.national", "strategy.pes_digital", "strategy.focus"];
  const done = new Set<string>();
  for (let presses = 0; presses < 80 && done.size < groups.length; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.type === "radio" ? element.closest("[data-item-id]")?.getAttribute("data-item-id") ?? null : null;
    });
    if (focused && !done.has(focused)) {
      // Arrow keys move within the group and select; Space selects the focused option.
      await page.keyboard.press("ArrowDown");
      done.add(focused);
    }
  }
  expect([...done].sort()).toEqual([...groups].sort());
  await expectAllSaved(page);
  // The focused control shows a visible outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
  await page.reload();
  for (const itemId of groups) {
    await expect(page.locator(`[data-item-id="${itemId}"] input[type=radio]:checked`)).toHaveCount(1);
  }

  await page.goto(`/assessments/${id}/review`);
  await expectNoSeriousViolations(page);
});

test("the section page works on a 375-pixel-wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signInAs(page, (await createAgencyWithRespondent()).respondent, "en");
  const id = await startAssessment(page, 2038);
  for (const path of ["/assessments", `/assessments/${id}`, `/assessments/${id}/sections/context`, `/assessments/${id}/review`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto(`/assessments/${id}/sections/context`);
  await page.locator('[data-item-id="context.barriers"]').getByLabel("Silos").check();
  await expectAllSaved(page);
});
