import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The WCAG 2.1 A and AA rules: what "0 serious or critical violations" is measured against. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"];

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, naming the rule and
 * the elements. Callers first wait for the state they mean to check (a dialog open, a status shown):
 * axe only sees what is in the DOM at that moment.
 */
export async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), state).toEqual([]);
}
