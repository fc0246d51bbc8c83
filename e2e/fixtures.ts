import { expect, test as base, type Browser, type Page } from "@playwright/test";
import { E2E_PASSWORD, revokeSessionsInCookies, type TestUser } from "./support/data";

type Locale = "en" | "fr" | "es";

/** Fills and submits the sign-in form (no wait for where it leads: some journeys expect a refusal). */
export async function signIn(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  // Enabled once the form is hydrated (a click before that would not reach the server action).
  await expect(page.locator('form button[type="submit"]')).toBeEnabled();
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/** Sets the interface language (the cookie the language switcher sets) and reloads the page. */
export async function useLocale(page: Page, locale: Locale): Promise<void> {
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
  await page.reload();
}

/**
 * Signs in as a user the data helpers created (e2e/support/data), waits for the role's home page, then
 * switches to the given language (sign-in applies the user's own language; journeys choose theirs).
 */
export async function signInAs(page: Page, user: TestUser, locale: Locale = "en"): Promise<void> {
  await signIn(page, user.email, user.password);
  // The password check runs bcrypt at the app's cost: on a loaded machine it takes a while.
  await expect(page).toHaveURL(new RegExp(`${user.home}$`), { timeout: 30_000 });
  await useLocale(page, locale);
}

/** A page in a fresh browser context (its own cookies and storage), signed in as the user. */
export async function signedInPage(browser: Browser, user: TestUser, locale: Locale = "en", options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signInAs(page, user, locale);
  return page;
}

/**
 * Ends the session for the next role of a journey. The page is left first: a request still in flight
 * (a link prefetch) would otherwise come back with a refreshed session cookie after it was cleared.
 */
export async function signOut(page: Page): Promise<void> {
  await page.goto("about:blank");
  await revokeSessionsInCookies(await page.context().cookies());
  // A response that was still in flight (a keepalive save, a prefetch) can bring the session cookie back
  // after the clear; its session is revoked above, and the clear is repeated until the sign-in page stays.
  await expect(async () => {
    await page.context().clearCookies();
    await page.goto("/sign-in");
    await expect(page).toHaveURL(/\/sign-in/, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

export const test = base;
export { expect };
