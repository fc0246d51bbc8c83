import { expect, signInAs, signOut, test } from "./fixtures";
import { completeAnswers, createAgencyWithRespondent, createAssessment, createCoordinator, e2eDb } from "./support/data";
import { submitThroughUi } from "./support/questionnaire";

const ROUND = 2041;

/** An agency of its own with a complete draft (answers stored directly), its respondent and a coordinator. */
async function arrange(points: 1 | 2) {
  const { agency, respondent } = await createAgencyWithRespondent({ name: "Servicio Nacional de Empleo", countryCode: "MX", region: "LAC" }, { name: "María López" });
  const coordinator = await createCoordinator({ name: "Ilo Coordinator" });
  const id = await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: ROUND, answers: completeAnswers(points) });
  return { agency, respondent, coordinator, id };
}

test("a coordinator returns a submission with a comment, the agency revises and resubmits, the coordinator approves", async ({ page }) => {
  test.setTimeout(180_000); // three people sign in in turn, each sign-in runs bcrypt
  const { agency, respondent, coordinator, id } = await arrange(2);

  // The agency submits (the real action: status, history and score snapshot).
  await signInAs(page, respondent);
  await submitThroughUi(page, id);
  await signOut(page);

  // The coordinator finds it in the overview (filtered) and opens the review.
  await signInAs(page, coordinator);
  await page.goto(`/coordinator?country=MX&round=${ROUND}&q=${encodeURIComponent(agency.name)}`);
  const rows = page.getByTestId("submission-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(agency.name);
  await expect(rows.first()).toContainText("Submitted");
  await rows.first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/coordinator/assessments/${id}$`));
  await expect(page.getByTestId("review-scores")).toContainText("Digital maturity index");

  // A comment on one item, then a return without a reason is refused, then with one.
  await page.getByLabel("Comment on").selectOption("item:strategy.national");
  await page.getByLabel("Comment", { exact: true }).fill("Please check: the national strategy was adopted in 2025?");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByText("Comment added.")).toBeVisible();
  await expect(page.locator('[data-item-id="strategy.national"]')).toContainText("national strategy was adopted in 2025?");
  await page.getByRole("button", { name: "Return to the agency" }).click();
  await expect(page.getByTestId("return-form")).toContainText("This field is required.");
  await page.getByLabel(/Reason for returning/).fill("Some answers in Digital strategy need checking.");
  await page.getByRole("button", { name: "Return to the agency" }).click();
  await expect(page.getByText("Returned for revision: waiting for the agency to resubmit.")).toBeVisible();
  await expect(page.getByTestId("return-form")).toHaveCount(0);
  await signOut(page);

  // The agency sees the reason on the overview and the comment beside the item, edits and resubmits.
  await signInAs(page, respondent);
  await page.goto(`/assessments/${id}`);
  await expect(page.getByTestId("return-notice")).toContainText("Some answers in Digital strategy need checking.");
  await page.goto(`/assessments/${id}/sections/strategy`);
  const item = page.locator('form [data-item-id="strategy.national"]').locator("..");
  await expect(item.getByTestId("review-comments")).toContainText("national strategy was adopted in 2025?");
  await page.locator('form [data-item-id="strategy.national"] input[type="radio"]').first().check();
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-phase", "saved");
  await submitThroughUi(page, id);
  await signOut(page);

  // The coordinator approves; the assessment is locked and the history shows every step.
  await signInAs(page, coordinator);
  await page.goto(`/coordinator/assessments/${id}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Approve the assessment" }).click();
  await expect(page.getByText("This assessment is approved and locked.")).toBeVisible();
  const history = page.getByTestId("status-history").locator("li");
  await expect(history).toHaveCount(5);
  await expect(history.nth(0)).toContainText("Created as Draft");
  await expect(history.nth(1)).toContainText("Draft → Submitted");
  await expect(history.nth(2)).toContainText("Submitted → Returned for revision");
  await expect(history.nth(2)).toContainText("Reason: Some answers in Digital strategy need checking.");
  await expect(history.nth(2)).toContainText(coordinator.name);
  await expect(history.nth(3)).toContainText("Returned for revision → Submitted");
  await expect(history.nth(3)).toContainText(respondent.name);
  await expect(history.nth(4)).toContainText("Submitted → Approved");

  // The database: approved with a date, two snapshots (one per submission), and every step audited.
  const db = e2eDb();
  const stored = await db.assessment.findUniqueOrThrow({ where: { id }, select: { status: true, approvedAt: true } });
  expect(stored.status).toBe("APPROVED");
  expect(stored.approvedAt).not.toBeNull();
  expect(await db.scoreSnapshot.count({ where: { assessmentId: id } })).toBe(2);
  const audit = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true, actorEmail: true } });
  expect(audit.map((event) => event.action)).toEqual(["assessment.submit", "review.comment", "assessment.return", "assessment.submit", "assessment.approve"]);
  expect(audit.find((e) => e.action === "assessment.return")!.actorEmail).toBe(coordinator.email);
});

test("a decision on an assessment that changed meanwhile is refused with a clear message", async ({ page }) => {
  const { respondent, coordinator, id } = await arrange(1);
  await signInAs(page, coordinator);
  await page.goto(`/coordinator/assessments/${id}`);
  // A draft has no decision controls; the page says why.
  await expect(page.getByText("The agency has not submitted this assessment yet.")).toBeVisible();
  await expect(page.getByTestId("return-form")).toHaveCount(0);
  await signOut(page);

  await signInAs(page, respondent);
  await submitThroughUi(page, id);
  await signOut(page);
  await signInAs(page, coordinator);
  await page.goto(`/coordinator/assessments/${id}`);
  // Another coordinator approves it while this page is open: returning it now is refused.
  await e2eDb().assessment.update({ where: { id }, data: { status: "APPROVED", approvedAt: new Date() } });
  await page.getByLabel(/Reason for returning/).fill("Too late");
  await page.getByRole("button", { name: "Return to the agency" }).click();
  await expect(page.getByTestId("return-form").locator("..").getByRole("alert")).toHaveText("This assessment is already approved and locked.");
  expect((await e2eDb().assessment.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
});
