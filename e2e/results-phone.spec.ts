import { expect, signInAs, test } from "./fixtures";
import { FULL_PROFILE } from "./support/answer-profile";
import { answersOf, createAgencyWithRespondent } from "./support/data";
import { submitWithAnswers } from "./support/questionnaire";

/**
 * The results page on a 375 px phone: nothing scrolls sideways (the chart stacks its rows, the comparison
 * table turns into cards), the bars keep their proportions, and the LAC marker never covers a text.
 */
test("the results page reads on a 375 px phone without sideways scrolling", async ({ page }) => {
  test.setTimeout(120_000);
  // A LAC agency: its chart carries the LAC markers.
  const { respondent } = await createAgencyWithRespondent({ countryCode: "MX", region: "LAC" });
  await signInAs(page, respondent, "en");
  const id = await submitWithAnswers(page, respondent, 2071, answersOf(FULL_PROFILE));

  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/assessments/${id}/results`);
  await expect(page.getByTestId("dimension-chart")).toBeVisible();

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // On failure, the message names the elements that stick out on the right.
  const sticking = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((node) => node.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((node) => `${node.tagName.toLowerCase()}.${node.className} "${(node.textContent ?? "").slice(0, 40)}"`),
  );
  expect(overflow, sticking.join("\n")).toBeLessThanOrEqual(0);
  // No region of the chart or the comparison table scrolls on its own either.
  const scrolling = await page.locator("main [tabindex='0'], main [data-testid='dimension-chart']").evaluateAll((nodes) =>
    nodes
      .filter((node) => node.scrollWidth > node.clientWidth + 1)
      .map((node) => `${node.tagName.toLowerCase()}[${node.getAttribute("data-testid") ?? node.getAttribute("aria-label") ?? ""}] ${node.scrollWidth} > ${node.clientWidth}`),
  );
  expect(scrolling, scrolling.join("\n")).toEqual([]);

  // Each bar's width is its score's share of the track: distinct scores, distinct widths.
  const bars = await page.locator("[data-testid^='chart-row-']").evaluateAll((rows) =>
    rows.flatMap((row) => {
      const bar = row.querySelector<HTMLElement>("[data-testid='chart-bar']");
      if (!bar) return [];
      const score = Number(row.children[1]!.textContent);
      return [{ score, width: bar.getBoundingClientRect().width, track: bar.parentElement!.getBoundingClientRect().width }];
    }),
  );
  expect(bars.length).toBeGreaterThanOrEqual(6);
  for (const bar of bars) expect(Math.abs(bar.width / bar.track - bar.score / 100)).toBeLessThan(0.02);
  expect(new Set(bars.map((bar) => Math.round(bar.width))).size).toBeGreaterThanOrEqual(4);

  // Data has too few answers with points and a LAC level: its marker and its "insufficient" note both show, apart.
  const data = page.getByTestId("chart-row-data");
  await expect(data).toContainText("Insufficient answers");
  const marker = await data.getByTestId("chart-marker").boundingBox();
  const note = await data.getByText("Insufficient answers").boundingBox();
  expect(marker && note).toBeTruthy();
  const overlaps = marker!.x < note!.x + note!.width && note!.x < marker!.x + marker!.width && marker!.y < note!.y + note!.height && note!.y < marker!.y + marker!.height;
  expect(overlaps).toBe(false);
});
