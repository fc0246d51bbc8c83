import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import type { Page } from "@playwright/test";
import fc from "fast-check";
import { createAgencyWithRespondent, createUser, e2eDb } from "./support/data";
import { expect, signIn, test } from "./fixtures";

/*
 * Issue 11, over HTTP against the built app, with the exact payloads of the issue. (Unit and integration
 * tests cover each finding's logic too: lib/auth/callback-url.test.ts, lib/exports/exports.test.ts,
 * lib/data/sign-in.test.ts, lib/benchmarks/import.test.ts, lib/auth/session-lifetime.test.ts,
 * lib/security/*.test.ts; headers: access-control.spec.ts and security-headers.spec.ts.)
 */

/**
 * A raw request: Playwright and fetch both refuse to send a malformed path or a lying Content-Length.
 * `chunks` are sent with Transfer-Encoding: chunked (no Content-Length), as a streaming client does.
 */
function raw(baseURL: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer[]): Promise<{ status: number; body: string }> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    if (Array.isArray(body)) for (const chunk of body) req.write(chunk);
    else if (body !== undefined) req.write(body);
    req.end();
  });
}

/** The sign-in action's id in the build under test (ids change with every build). */
function signInActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === "signInAction" && value.filename?.endsWith("lib/actions/auth.ts"));
  if (!entry) throw new Error("signInAction is not in .next/server/server-reference-manifest.json");
  return entry[0];
}

/** A server-action POST as a page's script sends it (same origin), with a hostile body. */
function postAction(baseURL: string, body: string, contentType = "text/plain;charset=UTF-8") {
  return raw(baseURL, "POST", "/sign-in", { "next-action": signInActionId(), "content-type": contentType, origin: baseURL, accept: "text/x-component" }, body);
}

const threeMegabytes = () => Array.from({ length: 48 }, () => Buffer.alloc(64 * 1024, "a"));

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

  // Next.js 16 answers these with a 500 and logs a piece of the payload (vercel/next.js#86945); the socket
  // guard reads the body first (lib/security/action-payload.ts) and refuses it with a 400, logged once.
  for (const payload of ["[zxc]", "[", '"x"', '["$1"]', '["$@1"]', '["$h0"]', '["$nxyz"]', `[${"0,".repeat(1000)}0]`]) {
    test(`a malformed server-action payload ${payload.slice(0, 20)} is a 400 with a message`, async ({ baseURL }) => {
      const response = await postAction(baseURL!, payload);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ error: "malformed-action", message: expect.stringMatching(/could not be read/) });
    });
  }

  test("a server action with a content type the pages never send, or a broken multipart body, is a 400", async ({ baseURL }) => {
    expect((await postAction(baseURL!, "[]", "application/json")).status).toBe(400);
    expect((await postAction(baseURL!, '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[', "multipart/form-data; boundary=x")).status).toBe(400);
  });

  test("300 generated malformed action payloads: none gets a 5xx (seeded)", async ({ baseURL }) => {
    test.setTimeout(120_000);
    const wellFormed = '[{"email":"x@y.example","password":"p"}]';
    const payloads = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.json(),
        // a valid body cut, or with one character replaced: the truncations and typos of a broken client
        fc.nat({ max: wellFormed.length }).map((cut) => wellFormed.slice(0, cut)),
        fc.tuple(fc.nat({ max: wellFormed.length - 1 }), fc.constantFrom("$", "[", '"', "}", "\\", "\u0000")).map(([at, c]) => wellFormed.slice(0, at) + c + wellFormed.slice(at + 1)),
        fc.array(fc.constantFrom("$1", "$@2", "$Q3", "$W4", "$K5", "$B6", "$h7", "$T", "$D", "$n", "$-", "$$", "$0:0", "$Z"), { maxLength: 3 }).map((tags) => JSON.stringify(tags)),
      ),
      { numRuns: 300, seed: 20261203 },
    );
    const statuses = new Map<number, number>();
    for (const payload of payloads) {
      const { status } = await postAction(baseURL!, payload);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      expect(status, `payload ${JSON.stringify(payload)}`).toBeLessThan(500);
    }
    expect(statuses.get(400) ?? 0).toBeGreaterThan(100);
  });

  test("a chunked body over 2 MB (no Content-Length) is a 413, to a server action and to a route handler", async ({ baseURL }) => {
    for (const [path, headers] of [
      ["/sign-in", { "next-action": signInActionId(), "content-type": "text/plain;charset=UTF-8", origin: baseURL! }],
      ["/api/session", { "content-type": "application/json" }],
      ["/api/assessments/any/answers", { "content-type": "application/json" }],
    ] as const) {
      const response = await raw(baseURL!, "POST", path, { ...headers, "transfer-encoding": "chunked" }, threeMegabytes());
      expect(response.status, path).toBe(413);
      expect(JSON.parse(response.body)).toMatchObject({ error: "body-too-large", message: expect.stringMatching(/too large/) });
    }
  });

  test("a chunked body under the limit still reaches the app", async ({ baseURL }) => {
    const response = await raw(baseURL!, "POST", "/api/session", { "content-type": "application/json", "transfer-encoding": "chunked" }, [Buffer.from('{"password":'), Buffer.from('"x"}')]);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).not.toContain("body-too-large");
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
