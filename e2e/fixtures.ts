import { expect, test as base, type Page } from "@playwright/test";

/** Demo accounts seeded by prisma/seed/demo-data.ts (mirrored here: e2e runs against the real seed). */
export const DEMO_PASSWORD = "Demo-2026-pes";
export const ACCOUNTS = {
  respondent: { email: "respondent@sne.demo", home: "/assessments" },
  colleague: { email: "colleague@sne.demo", home: "/assessments" },
  otherRespondent: { email: "respondent@doe-th.demo", home: "/assessments" },
  frenchRespondent: { email: "respondent@anpej.demo", home: "/assessments" },
  coordinator: { email: "coordinator@ilo.demo", home: "/coordinator" },
  admin: { email: "admin@ilo.demo", home: "/admin" },
} as const;
export type AccountName = keyof typeof ACCOUNTS;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  // Enabled once the form is hydrated (a click before that would not reach the server action).
  await expect(page.locator('form button[type="submit"]')).toBeEnabled();
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/** Sets the interface language (the cookie the language switcher sets) and reloads the page. */
export async function useLocale(page: Page, locale: "en" | "fr" | "es"): Promise<void> {
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
  await page.reload();
}

/**
 * Signs in as a demo account, waits for its home page, then switches to the given language
 * (sign-in applies the user's own language; journeys choose theirs explicitly).
 */
export async function signInAs(page: Page, account: AccountName, locale: "en" | "fr" | "es" = "en"): Promise<void> {
  await signIn(page, ACCOUNTS[account].email);
  await expect(page).toHaveURL(new RegExp(`${ACCOUNTS[account].home}$`));
  await useLocale(page, locale);
}

export const test = base;
export { expect };
