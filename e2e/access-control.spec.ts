import type { Browser, BrowserContext, Page } from "@playwright/test";
import { sections } from "../lib/questionnaire/lookup";
import { createAdmin, createAgencyWithRespondent, createAssessment, createCoordinator, createUser, e2eDb, type TestUser } from "./support/data";
import { expect, signIn, signInAs, test } from "./fixtures";
import { expectSecurityHeaders } from "./support/security-headers";

/*
 * Every role against every page and route handler of the product, from ONE table. To cover a new route,
 * add a row: its path (a function of the fixtures when it names a record) and the expected answer per role.
 *
 *   ok         the page renders at that address (HTTP 200)
 *   signIn     redirected to /sign-in?callbackUrl=… (signed out)
 *   forbidden  the 403 page (/forbidden)
 *   notFound   the 404 page
 *   home       redirected to the role's home page
 *   a number   the HTTP status of a route handler (API)
 */
type Who = "signedOut" | "respondent" | "otherRespondent" | "coordinator" | "admin";
type Expected = "ok" | "signIn" | "forbidden" | "notFound" | "home" | number;
type Fixtures = { ownAssessmentId: string; userId: string; agencyId: string; sectionId: string; datasetVersionId: string };
type RouteCase = { path: string | ((f: Fixtures) => string); kind?: "page" | "api"; expect: Record<Who, Expected> };

const WHO: Who[] = ["signedOut", "respondent", "otherRespondent", "coordinator", "admin"];
const HOME: Record<Exclude<Who, "signedOut">, string> = { respondent: "/assessments", otherRespondent: "/assessments", coordinator: "/coordinator", admin: "/admin" };
/** The people of this spec (per worker): two respondents of two agencies, a coordinator, an admin. */
let people: Record<Exclude<Who, "signedOut">, TestUser>;

const everyone = (answer: Expected): Record<Who, Expected> => ({ signedOut: answer, respondent: answer, otherRespondent: answer, coordinator: answer, admin: answer });
const signedInOnly = { ...everyone("ok"), signedOut: "signIn" } as const;
const respondentsOnly = { signedOut: "signIn", respondent: "ok", otherRespondent: "ok", coordinator: "forbidden", admin: "forbidden" } as const;
/** A record of the respondent's agency: the other agency's respondent is refused. */
const ownAgencyRecord = { ...respondentsOnly, otherRespondent: "forbidden" } as const;
const staffOnly = { signedOut: "signIn", respondent: "forbidden", otherRespondent: "forbidden", coordinator: "ok", admin: "ok" } as const;
const adminOnly = { signedOut: "signIn", respondent: "forbidden", otherRespondent: "forbidden", coordinator: "forbidden", admin: "ok" } as const;
const guestOnly = { ...everyone("home"), signedOut: "ok" } as const;

const ROUTES: RouteCase[] = [
  // Public
  { path: "/", expect: guestOnly },
  { path: "/sign-in", expect: guestOnly },
  { path: "/forbidden", expect: everyone("ok") },
  { path: "/methodology", expect: everyone("ok") },
  { path: "/glossary", expect: everyone("ok") },
  { path: "/forgot-password", expect: everyone("ok") },
  { path: "/invite/not-a-real-token", expect: everyone("ok") },
  { path: "/reset-password/not-a-real-token", expect: everyone("ok") },
  { path: "/no-such-page", expect: { ...everyone("notFound"), signedOut: "signIn" } },
  // Any signed-in user
  { path: "/account", expect: signedInOnly },
  // Respondents (questionnaire)
  { path: "/assessments", expect: respondentsOnly },
  { path: "/agency", expect: respondentsOnly },
  { path: (f) => `/assessments/${f.ownAssessmentId}`, expect: ownAgencyRecord },
  { path: (f) => `/assessments/${f.ownAssessmentId}/review`, expect: ownAgencyRecord },
  { path: (f) => `/assessments/${f.ownAssessmentId}/sections/${f.sectionId}`, expect: ownAgencyRecord },
  { path: (f) => `/assessments/${f.ownAssessmentId}/results`, expect: { ...ownAgencyRecord, coordinator: "ok", admin: "ok" } },
  { path: "/assessments/no-such-assessment", expect: { ...respondentsOnly, respondent: "notFound", otherRespondent: "notFound" } },
  // Coordinators and admins
  { path: "/coordinator", expect: staffOnly },
  { path: (f) => `/coordinator/assessments/${f.ownAssessmentId}`, expect: staffOnly },
  { path: "/coordinator/assessments/no-such-assessment", expect: { ...staffOnly, coordinator: "notFound", admin: "notFound" } },
  { path: "/coordinator/regions", expect: staffOnly },
  { path: "/coordinator/regions/report?region=AP&round=2026", expect: staffOnly },
  { path: "/coordinator/compare", expect: staffOnly },
  { path: "/coordinator/datasets", expect: staffOnly },
  { path: "/coordinator/datasets/import", expect: staffOnly },
  { path: (f) => `/coordinator/datasets/${f.datasetVersionId}`, expect: staffOnly },
  // Administration
  { path: "/admin", expect: adminOnly },
  { path: "/admin/agencies", expect: adminOnly },
  { path: "/admin/agencies/new", expect: adminOnly },
  { path: (f) => `/admin/agencies/${f.agencyId}`, expect: adminOnly },
  { path: "/admin/agencies/no-such-agency", expect: { ...adminOnly, admin: "notFound" } },
  { path: "/admin/users", expect: adminOnly },
  { path: "/admin/users/new", expect: adminOnly },
  { path: (f) => `/admin/users/${f.userId}`, expect: adminOnly },
  { path: "/admin/users/no-such-user", expect: { ...adminOnly, admin: "notFound" } },
  { path: "/admin/settings", expect: adminOnly },
  { path: "/admin/audit", expect: adminOnly },
  // Route handlers
  { path: "/api/auth/session", kind: "api", expect: everyone(200) },
  { path: "/api/exports/assessments?format=csv", kind: "api", expect: { ...everyone(200), signedOut: 401 } },
  { path: "/api/exports/assessments?format=json", kind: "api", expect: { ...everyone(200), signedOut: 401 } },
  { path: "/api/exports/codebook", kind: "api", expect: { ...everyone(200), signedOut: 401 } },
  // The bulk ZIP of reports: staff only; a search no agency matches keeps the ZIP empty (no render).
  { path: "/api/reports/bulk?lang=en&q=no-such-agency-anywhere", kind: "api", expect: { signedOut: 401, respondent: 403, otherRespondent: 403, coordinator: 200, admin: 200 } },
  { path: "/api/reports/bulk?lang=xx", kind: "api", expect: { signedOut: 401, respondent: 400, otherRespondent: 400, coordinator: 400, admin: 400 } },
  { path: "/api/datasets/template", kind: "api", expect: { signedOut: 401, respondent: 403, otherRespondent: 403, coordinator: 200, admin: 200 } },
  // The fixture is a draft: whoever may see it passes the access check and gets 409 (no report before
  // submission); the other agency's respondent gets 404, as if it did not exist.
  { path: (f) => `/api/reports/${f.ownAssessmentId}/pdf`, kind: "api", expect: { signedOut: 401, respondent: 409, otherRespondent: 404, coordinator: 409, admin: 409 } },
  { path: "/api/reports/no-such-assessment/pdf", kind: "api", expect: { ...everyone(404), signedOut: 401 } },
  { path: "/api/study/regional-report?region=AP&round=2026&lang=en", kind: "api", expect: { signedOut: 401, respondent: 403, otherRespondent: 403, coordinator: 200, admin: 200 } },
  { path: "/api/study/regional-report?region=NOWHERE&round=2026", kind: "api", expect: { signedOut: 401, respondent: 403, otherRespondent: 403, coordinator: 400, admin: 400 } },
  { path: (f) => `/api/compare/csv?a=${f.ownAssessmentId}`, kind: "api", expect: { signedOut: 401, respondent: 403, otherRespondent: 403, coordinator: 200, admin: 200 } },
  { path: "/api/compare/csv", kind: "api", expect: { signedOut: 401, respondent: 403, otherRespondent: 403, coordinator: 400, admin: 400 } },
];

const contexts = new Map<Who, BrowserContext>();
let fixtures: Fixtures;

async function signedInContext(browser: Browser, baseURL: string | undefined, who: Who): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  if (who !== "signedOut") {
    const page = await context.newPage();
    // Sign-in applies the user's language; the assertions read the English pages.
    await signInAs(page, people[who], "en");
    await page.close();
  }
  return context;
}

test.beforeAll(async ({ browser, baseURL }) => {
  // Four sign-ins at the app's bcrypt cost.
  test.setTimeout(120_000);
  const own = await createAgencyWithRespondent({ countryCode: "MX", region: "LAC" });
  const other = await createAgencyWithRespondent({ countryCode: "TH", region: "AP" });
  people = { respondent: own.respondent, otherRespondent: other.respondent, coordinator: await createCoordinator(), admin: await createAdmin() };
  const colleague = await createUser({ role: "RESPONDENT", agencyId: own.agency.id });
  // A dataset version every installation has: a built-in one the seed publishes (read only).
  const dataset = await e2eDb().benchmarkDataset.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
  fixtures = {
    ownAssessmentId: await createAssessment({ agencyId: own.agency.id, createdById: own.respondent.id, round: 2097 }),
    userId: colleague.id,
    agencyId: other.agency.id,
    sectionId: sections[0]!.id,
    datasetVersionId: dataset.id,
  };
  for (const who of WHO) contexts.set(who, await signedInContext(browser, baseURL, who));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/*
 * A redirect decided while the page streams (the root loading.tsx is a Suspense boundary) reaches the
 * browser as a client-side navigation: the URL assertions wait for it instead of reading it once.
 */
async function expectPageAnswer(page: Page, path: string, who: Who, expected: Expected) {
  const response = await page.goto(path);
  const where = `${who} → ${path}`;
  expectSecurityHeaders(response, where);
  if (expected === "signIn") {
    await expect(page, where).toHaveURL(/\/sign-in\?callbackUrl=/);
    expect(new URL(page.url()).searchParams.get("callbackUrl"), where).toContain(path);
  } else if (expected === "forbidden") {
    await expect(page, where).toHaveURL(/\/forbidden$/);
    await expect(page.getByTestId("forbidden"), where).toBeVisible();
  } else if (expected === "notFound") {
    await expect(page.getByRole("heading", { name: "Page not found" }), where).toBeVisible();
    await expect(page, where).toHaveURL(new RegExp(`${escapeRegExp(path)}$`));
  } else if (expected === "home") {
    await expect(page, where).toHaveURL(new RegExp(`${escapeRegExp(HOME[who as Exclude<Who, "signedOut">])}$`));
  } else if (expected === "ok") {
    expect(response?.status(), where).toBe(200);
    // Once the page's heading is shown, a late redirect would have replaced it with the 403 or 404 page.
    await expect(page.getByRole("heading", { level: 1 }).first(), where).toBeVisible();
    const reached = new URL(page.url());
    expect(reached.pathname + reached.search, where).toBe(path);
    if (path !== "/forbidden") await expect(page.getByTestId("forbidden"), where).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Page not found" }), where).toHaveCount(0);
  }
}

test.describe("access control: every role on every route", () => {
  for (const route of ROUTES) {
    const label = typeof route.path === "string" ? route.path : route.path({ ownAssessmentId: ":assessmentId", userId: ":userId", agencyId: ":agencyId", sectionId: ":sectionId", datasetVersionId: ":versionId" });
    test(`${route.kind ?? "page"} ${label}`, async () => {
      const path = typeof route.path === "string" ? route.path : route.path(fixtures);
      for (const who of WHO) {
        const context = contexts.get(who)!;
        const expected = route.expect[who];
        if (route.kind === "api") {
          const response = await context.request.get(path, { maxRedirects: 0 });
          expect(response.status(), `${who} → ${path}`).toBe(expected);
          expectSecurityHeaders(response, `${who} → ${path}`);
          continue;
        }
        const page = await context.newPage();
        try {
          await expectPageAnswer(page, path, who, expected);
        } finally {
          await page.close();
        }
      }
    });
  }
});

/*
 * Server actions. A page check does not protect the actions it calls, so each admin action must refuse a
 * non-admin on its own. Playwright cannot import an action, so the test tampers with a real form: an admin
 * opens it, the session cookie is swapped for a coordinator's or a respondent's, and the form is submitted.
 * The action must answer "forbidden" and write nothing.
 */
test.describe("access control: admin server actions refuse non-admins", () => {
  const SESSION_COOKIE = "authjs.session-token";

  /**
   * Replaces the admin's session cookie with another user's. The proxy renews the session cookie on every
   * response (link prefetches included), so responses are kept from setting cookies from now on: otherwise
   * a late prefetch would put the admin's session back before the form is submitted.
   */
  async function swapSession(page: Page, who: "coordinator" | "respondent") {
    // Let the page's own requests (link prefetches) finish first: on a loaded machine they take a while.
    await page.waitForLoadState("networkidle");
    await page.route("**/*", async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers["set-cookie"];
      await route.fulfill({ response, headers });
    });
    const cookies = await contexts.get(who)!.cookies();
    const session = cookies.filter((cookie) => cookie.name.startsWith(SESSION_COOKIE));
    expect(session.length).toBeGreaterThan(0);
    const sessionNow = async () => (await page.context().cookies()).filter((cookie) => cookie.name.startsWith(SESSION_COOKIE)).map((cookie) => cookie.value);
    // A response already under way when the route was set can still bring the admin's cookie back:
    // swap until the other user's session has held for a moment.
    await expect(async () => {
      if ((await sessionNow()).join() !== session.map((cookie) => cookie.value).join()) {
        await page.context().clearCookies();
        await page.context().addCookies(session);
      }
      await page.waitForTimeout(500);
      expect(await sessionNow()).toEqual(session.map((cookie) => cookie.value));
    }).toPass();
  }

  test("create agency, invite user and deactivate user, posted with a non-admin session", async ({ browser, baseURL }) => {
    const context = await signedInContext(browser, baseURL, "admin");
    const page = await context.newPage();
    const refused = "You do not have permission to do this.";

    // createAgencyAction as a coordinator.
    const agencyName = `Tampered agency ${Date.now().toString(36)}`;
    await page.goto("/admin/agencies/new");
    await page.getByLabel("Agency name").fill(agencyName);
    await page.getByLabel("Country").selectOption("FR");
    await swapSession(page, "coordinator");
    await page.getByRole("button", { name: "Create the agency" }).click();
    await expect(page.getByText(refused)).toBeVisible();
    expect(await e2eDb().agency.findMany({ where: { name: agencyName } })).toEqual([]);

    // inviteUserAction as a respondent.
    await page.unrouteAll();
    await context.clearCookies();
    await signIn(page, people.admin.email, people.admin.password);
    await expect(page).toHaveURL(/\/admin$/);
    const email = `tampered-${Date.now().toString(36)}@e2e.demo`;
    await page.goto("/admin/users/new");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Full name").fill("Tampered Invite");
    await page.getByLabel("Role").selectOption("COORDINATOR");
    await swapSession(page, "respondent");
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByText(refused)).toBeVisible();
    expect(await e2eDb().user.findMany({ where: { email } })).toEqual([]);

    // setUserActiveAction as a coordinator.
    await page.unrouteAll();
    await context.clearCookies();
    await signIn(page, people.admin.email, people.admin.password);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto(`/admin/users/${fixtures.userId}`);
    await swapSession(page, "coordinator");
    await page.getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByText(refused)).toBeVisible();
    expect(await e2eDb().user.findUnique({ where: { id: fixtures.userId }, select: { active: true } })).toEqual({ active: true });

    // forcePasswordResetAction as a coordinator.
    await page.getByRole("button", { name: "Force a password reset" }).click();
    await expect(page.getByText(refused).last()).toBeVisible();
    expect(await e2eDb().user.findUnique({ where: { id: fixtures.userId }, select: { mustResetPassword: true } })).toEqual({ mustResetPassword: false });
    await context.close();
  });
});
