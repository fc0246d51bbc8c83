import type { Browser, Page } from "@playwright/test";
import { expect, signIn, signInAs, test } from "./fixtures";
import { startAppInstance, type AppInstance } from "./support/app-instances";
import { completeAnswers, createAgencyWithRespondent, createAssessment, createCoordinator, createUser, e2eDb, type TestUser } from "./support/data";
import { isPostgresRun } from "./support/server-database";
import { sections } from "@/lib/questionnaire/lookup";
import { SCALE_OPTIONS } from "@/lib/questionnaire/scales";

/*
 * Several stateless app instances on one PostgreSQL database (README, "Production deployment"): two more
 * `next start` processes of the suite's build, A and B, beside the suite's server. Nothing an instance needs
 * from another may live in process memory: sessions, saves, the sign-in lockout and the review lock all go
 * through the database. (A browser sends its cookies to every port of a host: one context signed in on A is
 * signed in on B too, which is what a load balancer in front of both does.)
 */
test.skip(!isPostgresRun(), "Several app instances need a shared PostgreSQL database: run with E2E_DATABASE=postgres (npm test does).");
// The instances are started once for the file: its tests run one after another in one worker.
test.describe.configure({ mode: "serial" });

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
let a: AppInstance;
let b: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  [a, b] = await Promise.all([startAppInstance(BASE_PORT + 1), startAppInstance(BASE_PORT + 2)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

/** A page in a fresh context whose relative URLs go to the given instance. */
async function pageOn(browser: Browser, instance: AppInstance): Promise<Page> {
  const context = await browser.newContext({ baseURL: instance.origin });
  return context.newPage();
}

test("signed in on A, a save made through B is seen on A", async ({ browser }) => {
  const { agency, respondent } = await createAgencyWithRespondent({ name: "Two instances" });
  const id = await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: 2031 });
  // The first item answered on a status scale, and that scale's first option.
  const section = sections.find((candidate) => candidate.items.some((item) => item.kind === "status"))!;
  const itemId = section.items.find((item) => item.kind === "status")!.id;
  const value = SCALE_OPTIONS.status[0];

  const pageA = await pageOn(browser, a);
  await signInAs(pageA, respondent);
  await pageA.goto(`/assessments/${id}/sections/${section.id}`);
  await expect(pageA.locator(`[data-item-id="${itemId}"] input[type="radio"]:checked`)).toHaveCount(0);

  // The autosave request of a page served by B, with the session A opened.
  const saved = await pageA.request.post(`${b.origin}/api/assessments/${id}/answers`, { data: { itemId, value, baseVersion: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);

  await pageA.reload();
  await expect(pageA.locator(`[data-item-id="${itemId}"] input[type="radio"][value="${value}"]`)).toBeChecked();
  await pageA.context().close();
});

test("a session signed out on A is refused on B", async ({ browser }) => {
  const { respondent } = await createAgencyWithRespondent({ name: "Two instances sign-out" });
  const pageA = await pageOn(browser, a);
  await signInAs(pageA, respondent);
  const cookies = await pageA.context().cookies();

  // The same cookie, sent by another browser to B: accepted while the session is open.
  const pageB = await pageOn(browser, b);
  await pageB.context().addCookies(cookies);
  await pageB.goto("/assessments");
  await expect(pageB).toHaveURL(/\/assessments$/);

  await pageA.getByRole("button", { name: "Sign out" }).click();
  await expect(pageA).toHaveURL(/\/sign-in/);

  // B has never heard of the sign-out in its memory: the session row says it ended.
  await pageB.goto("/assessments");
  await expect(pageB).toHaveURL(/\/sign-in/);
  await pageA.context().close();
  await pageB.context().close();
});

test("sign-in failures on A and B count together for the lockout", async ({ browser }) => {
  const user: TestUser = await createUser({ role: "COORDINATOR" });
  const pageA = await pageOn(browser, a);
  const pageB = await pageOn(browser, b);
  const invalid = "The email address or password is not correct, or the account is not active.";
  // The limit is 5 failures per email (LOGIN_MAX_FAILURES_PER_EMAIL): 3 on A and 2 on B.
  for (const page of [pageA, pageB, pageA, pageB, pageA]) {
    await signIn(page, user.email, "not the password 2026");
    await expect(page.getByText(invalid)).toBeVisible({ timeout: 30_000 });
  }
  // The right password on B is refused: neither instance alone has seen 5 failures.
  await signIn(pageB, user.email, user.password);
  await expect(pageB.getByText("Too many unsuccessful attempts. Wait 15 minutes, then try again.")).toBeVisible({ timeout: 30_000 });
  await expect(pageB).toHaveURL(/\/sign-in/);
  await pageA.context().close();
  await pageB.context().close();
});

test("two coordinators deciding the same submission on A and B at once give exactly one decision", async ({ browser }) => {
  const { agency, respondent } = await createAgencyWithRespondent({ name: "Two instances review" });
  const id = await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: 2032, status: "SUBMITTED", answers: completeAnswers(2) });
  const [first, second] = await Promise.all([createCoordinator(), createCoordinator()]);

  const onA = await pageOn(browser, a);
  const onB = await pageOn(browser, b);
  await signInAs(onA, first!);
  await signInAs(onB, second!);
  for (const page of [onA, onB]) {
    await page.goto(`/coordinator/assessments/${id}`);
    await expect(page.getByRole("button", { name: "Approve the assessment" })).toBeEnabled();
  }
  onA.once("dialog", (dialog) => dialog.accept());
  await onB.getByTestId("return-form").locator("textarea").fill("Please confirm the budget figures.");

  // A approves while B returns it to the agency, at the same moment.
  await Promise.all([
    onA.getByRole("button", { name: "Approve the assessment" }).click(),
    onB.getByRole("button", { name: "Return to the agency" }).click(),
  ]);

  // Exactly one decision is stored; the other coordinator is told why theirs was refused.
  await expect
    .poll(async () => e2eDb().statusEvent.count({ where: { assessmentId: id, fromStatus: "SUBMITTED" } }), { timeout: 30_000 })
    .toBe(1);
  const decision = await e2eDb().statusEvent.findFirstOrThrow({ where: { assessmentId: id, fromStatus: "SUBMITTED" } });
  const stored = await e2eDb().assessment.findUniqueOrThrow({ where: { id }, select: { status: true } });
  expect(stored.status).toBe(decision.toStatus);
  const loser =
    decision.toStatus === "APPROVED"
      ? { page: onB, message: "This assessment is already approved and locked." }
      : { page: onA, message: "This assessment has been returned to the agency: wait for it to be resubmitted." };
  await expect(loser.page.getByRole("alert").filter({ hasText: loser.message })).toBeVisible();
  const audited = await e2eDb().auditEvent.count({ where: { entityId: id, action: { in: ["assessment.approve", "assessment.return"] } } });
  expect(audited).toBe(1);
  console.log(`concurrent decisions on A and B: one stored (${decision.toStatus}), the other refused`);
  await onA.context().close();
  await onB.context().close();
});
