import { request as httpRequest } from "node:http";
import type { Page } from "@playwright/test";
import { createAgencyWithRespondent, createUser, e2eDb } from "./support/data";
import { expect, signIn, test } from "./fixtures";

/*
 * Issue 11, over HTTP against the built app, with the exact payloads of the issue. (Unit and integration
 * tests cover each finding's logic too: lib/auth/callback-url.test.ts, lib/exports/exports.test.ts,
 * lib/data/sign-in.test.ts, lib/benchmarks/import.test.ts, lib/auth/session-lifetime.test.ts,
 * lib/security/*.test.ts; headers: access-control.spec.ts and security-headers.spec.ts.)
 */

/** A raw request: Playwright and fetch both refuse to send a malformed path or a lying Content-Length. */
function raw(baseURL: string, method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function signInWithCallback(page: Page, callbackUrl: string) {
  const { respondent } = await createAgencyWithRespondent();
  await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
  await expect(page.locator('form button[type="submit"]')).toBeEnabled();
  await page.locator('input[type="email"]').fill(respondent.email);
  await page.locator('input[type="password"]').fill(respondent.password);
  await page.locator('form button[type="submit"]').click();
}

test.describe("finding 2: open redirect after sign-in", () => {
  for (const payload of ["%2F%5Cevil.example", "/%09/evil.example", "//evil.example", "http://evil.example/"]) {
    test(`callbackUrl=${payload} stays on the app`, async ({ page, baseURL }) => {
      await page.route((url) => url.hostname.endsWith("evil.example"), (route) => route.abort());
      await signInWithCallback(page, payload);
      await expect(page).toHaveURL((url) => url.origin === baseURL && url.pathname !== "/sign-in");
      expect(new URL(page.url()).host).not.toContain("evil");
    });
  }

  test("a callbackUrl with a character above U+00FF signs in without a 500", async ({ page, baseURL }) => {
    await signInWithCallback(page, encodeURIComponent("/assessments?q=กรม€"));
    await expect(page).toHaveURL((url) => url.origin === baseURL && url.pathname === "/assessments");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test.describe("finding 3: the client address is not the client's to choose", () => {
  test("rotating X-Forwarded-For neither escapes the lockout nor reaches the audit log", async ({ page, baseURL }) => {
    const { email } = await createUser({ role: "COORDINATOR" });
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${attempt}` });
      await signIn(page, email, "wrong-password");
      await expect(page.getByText(/not correct|Too many/).first()).toBeVisible();
    }
    // The sixth attempt, from yet another forged address, is locked: the email's own count holds.
    await expect(page.getByText(/Too many unsuccessful attempts/)).toBeVisible();
    const events = await e2eDb().auditEvent.findMany({ where: { actorEmail: email }, select: { ip: true }, distinct: ["ip"] });
    const ips = events.map((event) => event.ip);
    expect(ips.length).toBeGreaterThan(0);
    for (const ip of ips) expect(ip).not.toMatch(/^203\.0\.113\./);
    expect(ips).toEqual(["127.0.0.1"]);
    void baseURL;
  });
});

test.describe("finding 5: bad input gets a clear 4xx, never a 500", () => {
  for (const path of ["/assessments/%ZZ", "/invite/%ZZ", "/api/reports/%ZZ/pdf", "/coordinator/assessments/%ZZ/x"]) {
    test(`${path} is a 400 with a message`, async ({ baseURL }) => {
      const response = await raw(baseURL!, "GET", path);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ error: "malformed-path", message: expect.stringMatching(/malformed/) });
    });
  }

  test("a server-action body over the limit is a 413 with a message", async ({ baseURL }) => {
    const response = await raw(baseURL!, "POST", "/assessments", { "content-length": String(3 * 1024 * 1024), "next-action": "0".repeat(42), origin: baseURL! });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ error: "body-too-large", message: expect.stringMatching(/too large/) });
  });

  test("a cross-origin server-action POST is a 403 with a message", async ({ request }) => {
    const response = await request.post("/admin/users/new", { headers: { "next-action": "0".repeat(42), origin: "http://evil.example", "content-type": "text/plain" }, data: "[]" });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: "cross-site" });
  });
});

test.describe("finding 6: sessions end", () => {
  test("a session past its absolute lifetime (a token issued 30 days ago) or idle too long opens nothing", async ({ page }) => {
    const { respondent } = await createAgencyWithRespondent();
    const { email, password, id: userId } = respondent;
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/assessments$/);
    const sessions = e2eDb().userSession;

    // Issued 30 days ago: the absolute end (12 h after sign-in) is long past, however recent the activity.
    const monthAgo = new Date(Date.now() - 30 * 24 * 3_600_000);
    await sessions.updateMany({ where: { userId }, data: { createdAt: monthAgo, expiresAt: new Date(monthAgo.getTime() + 12 * 3_600_000) } });
    await page.goto("/assessments");
    await expect(page).toHaveURL(/\/sign-in/);

    // Idle: signed in again, then no request for more than 2 hours.
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/assessments$/);
    await sessions.updateMany({ where: { userId, revokedAt: null }, data: { lastSeenAt: new Date(Date.now() - 121 * 60_000) } });
    await page.goto("/assessments");
    await expect(page).toHaveURL(/\/sign-in/);
    // Ended sessions are deleted at the next sign-in.
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/assessments$/);
    expect(await sessions.count({ where: { userId } })).toBe(1);
  });
});

test.describe("finding 7: costly GETs", () => {
  test("a report or export GET that another site triggers is refused; the app's own link works", async ({ request }) => {
    const cookies = { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" };
    const crossSite = await request.get("/api/exports/assessments?format=csv", { headers: cookies });
    expect(crossSite.status()).toBe(403);
    expect(await crossSite.json()).toMatchObject({ error: "cross-site", message: expect.any(String) });
    expect((await request.get("/api/reports/any/pdf", { headers: cookies })).status()).toBe(403);
  });
});
