import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { sections } from "../lib/questionnaire/lookup";
import { createAgencyWithRespondent, createAssessment } from "./support/data";
import { expectSecurityHeaders } from "./support/security-headers";
import { expect, signInAs, test } from "./fixtures";

/*
 * Issue 11, finding 4. The headers themselves are asserted on every route of the access-control table, for
 * every role (access-control.spec.ts). Here: a foreign page cannot frame the app, and the strict CSP
 * breaks nothing (no violation is reported while pages hydrate and forms work).
 */

/** Collects the CSP violations a page reports (the browser logs each one to the console). */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("a foreign page cannot frame the app, signed in or not", async ({ page, baseURL }) => {
  await signInAs(page, (await createAgencyWithRespondent()).respondent);
  // The attacker's page, on another site (localhost is another site than 127.0.0.1), served by a small
  // loopback server of its own (E2E_FOREIGN_PORT, else a free port): a page Playwright answered itself
  // would count as "public", and Chromium's private-network rules would block the frame before the CSP.
  const foreign = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<h1>Attacker</h1><iframe id="victim" src="${baseURL}/assessments" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => foreign.listen(Number(process.env.E2E_FOREIGN_PORT ?? 0), "127.0.0.1", resolve));
  try {
    await expectFramingRefused(page, `http://localhost:${(foreign.address() as AddressInfo).port}/`, baseURL!);
  } finally {
    foreign.close();
  }
});

async function expectFramingRefused(page: Page, attacker: string, baseURL: string) {
  // The framed document itself (the page may fetch JSON of its own meanwhile).
  const framed = page.waitForResponse((response) => response.url() === `${baseURL}/assessments` && response.request().isNavigationRequest());
  await page.goto(attacker);
  const response = await framed;
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  // The browser refused to render it: the frame holds an error page, not the app, and the attacker's
  // script reads nothing from it.
  await expect.poll(() => page.frames().find((frame) => frame !== page.mainFrame())?.url()).toMatch(/^chrome-error:|^about:blank$/);
  const child = page.frames().find((frame) => frame !== page.mainFrame())!;
  await expect(child.getByRole("link")).toHaveCount(0);
  const readable = await page.evaluate(() => {
    try {
      return (document.getElementById("victim") as HTMLIFrameElement).contentDocument?.body?.innerText ?? null;
    } catch {
      return null;
    }
  });
  expect(readable ?? "").not.toMatch(/assessment/i);
}

test("the CSP blocks nothing the app needs: pages hydrate and forms work with it on", async ({ page }) => {
  const violations = watchViolations(page);
  const { agency, respondent } = await createAgencyWithRespondent();
  const assessmentId = await createAssessment({ agencyId: agency.id, createdById: respondent.id, round: 2098 });

  const signInPage = await page.goto("/sign-in");
  expectSecurityHeaders(signInPage, "/sign-in");
  // Every script Next.js wrote into the page carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(signInPage!.headers()["content-security-policy"]!)![1]!;
  const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
  // A fresh nonce per response.
  const again = await page.request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  // Signing in needs the hydrated form (its button is enabled by React); the section page needs scripts
  // for autosave.
  await signInAs(page, respondent);
  await page.goto(`/assessments/${assessmentId}/sections/${sections[0]!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("an error page and a 404 carry the headers too", async ({ page }) => {
  const response = await page.goto("/no-such-page-at-all");
  expectSecurityHeaders(response, "/no-such-page-at-all (signed out)");
  await signInAs(page, (await createAgencyWithRespondent()).respondent);
  const notFound = await page.goto("/assessments/no-such-assessment");
  expectSecurityHeaders(notFound, "/assessments/no-such-assessment");
});
