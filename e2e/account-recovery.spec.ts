import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { createAdmin, createAgency, createUser, e2eDb, uniqueEmail } from "./support/data";
import { linkIn, mailsTo, waitForMail } from "./support/mailbox";
import { expect, signIn, signInAs, test } from "./fixtures";

/*
 * Forgotten passwords and invitations by mail, caught by the run's SMTP server (e2e/support/mail-server.ts;
 * scripts/e2e-server.sh points SMTP_URL at it). Each journey creates its own accounts.
 */

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function signedOutPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  return context.newPage();
}

async function askForResetLink(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("button", { name: "Send me a link" })).toBeEnabled();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
}

test("a user who forgot their password gets a one-hour link by mail in their language, sets a new password and is signed in; the link works once", async ({ browser, baseURL }) => {
  const agency = await createAgency();
  const { id, email } = await createUser({ role: "RESPONDENT", agencyId: agency.id, password: "the forgotten password", language: "fr" });
  const page = await signedOutPage(browser, baseURL);

  await askForResetLink(page, email);
  const confirmation = page.getByTestId("reset-requested");
  await expect(confirmation).toContainText(`If an account with the address ${email} exists`);
  await expectNoSeriousViolations(page);

  // An address without an account gets the same answer, and no mail.
  const nobody = uniqueEmail("nobody");
  await askForResetLink(page, nobody);
  await expect(page.getByTestId("reset-requested")).toHaveText((await confirmation.textContent())!.replace(email, nobody));

  const mail = await waitForMail(email);
  expect(mail.subject).toBe("Choisissez un nouveau mot de passe pour Maturité numérique des SPE");
  const link = linkIn(mail);
  expect(link).toMatch(new RegExp(`^${baseURL}/reset-password/[A-Za-z0-9_-]{43}$`));
  expect(mailsTo(nobody)).toEqual([]);

  // Stored as a hash, self-service (no administrator), expiring within the hour.
  const token = await e2eDb().authToken.findFirstOrThrow({ where: { userId: id, purpose: "RESET" }, select: { tokenHash: true, createdById: true, expiresAt: true, createdAt: true } });
  expect(token.tokenHash).not.toContain(link.split("/").pop()!);
  expect(token.createdById).toBeNull();
  const lifetime = token.expiresAt.getTime() - token.createdAt.getTime();
  expect(lifetime).toBeGreaterThan(59 * 60 * 1000);
  expect(lifetime).toBeLessThanOrEqual(60 * 60 * 1000);

  // The page speaks the account's language, whatever the browser's.
  const visitor = await signedOutPage(browser, baseURL);
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Choisissez un nouveau mot de passe");
  await expect(visitor).toHaveTitle(/^Choisissez un nouveau mot de passe/);
  await expectNoSeriousViolations(visitor);
  await visitor.getByLabel("Nouveau mot de passe", { exact: true }).fill("a brand new passphrase");
  await visitor.getByLabel("Confirmez le nouveau mot de passe").fill("a brand new passphrase");
  await visitor.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  // Signed in at once, at home.
  await expect(visitor).toHaveURL(/\/assessments$/);
  await expect(visitor.getByTestId("current-user")).toBeVisible();

  // The link is spent; the old password no longer works.
  await visitor.goto(link);
  await expect(visitor.getByTestId("link-refused")).toBeVisible();
  const other = await signedOutPage(browser, baseURL);
  await signIn(other, email, "the forgotten password");
  await expect(other).toHaveURL(/\/sign-in/);
  await signIn(other, email, "a brand new passphrase");
  await expect(other).toHaveURL(/\/assessments$/);
  await Promise.all([page, visitor, other].map((p) => p.context().close()));
});

test("reset requests are rate-limited per address, with a message that reveals nothing about the account", async ({ browser, baseURL }) => {
  const page = await signedOutPage(browser, baseURL);
  const email = uniqueEmail("flood");
  for (let attempt = 0; attempt < 3; attempt++) {
    await askForResetLink(page, email);
    await expect(page.getByTestId("reset-requested")).toBeVisible();
  }
  await askForResetLink(page, email);
  await expect(page.locator("main").getByRole("alert")).toContainText("Too many requests for this address");
  await expect(page.getByTestId("reset-requested")).toHaveCount(0);
  await page.context().close();
});

test("an invitation mailed in the invitee's language opens a page in that language, and setting the password signs them in", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("invitee-es");
  const agency = await createAgency({ name: "Servicio Nacional de Empleo" });
  await signInAs(page, await createAdmin());
  await page.goto("/admin/users/new");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Full name").fill("Marta Invitada");
  await page.getByLabel("Role").selectOption("RESPONDENT");
  await page.getByLabel("Agency", { exact: true }).selectOption({ label: agency.name });
  await page.locator("main").getByLabel("Language", { exact: true }).selectOption("es");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText(`An email with the one-time link has been sent to ${email}.`)).toBeVisible();

  const mail = await waitForMail(email);
  expect(mail.subject).toBe("Su invitación a Madurez digital de los SPE");
  const invitee = await signedOutPage(browser, baseURL);
  await invitee.goto(linkIn(mail));
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Bienvenido/a: elija su contraseña");
  await expect(invitee.locator("main div[lang=es]")).toBeVisible();
  await invitee.getByLabel("Nueva contraseña", { exact: true }).fill("una contraseña larga");
  await invitee.getByLabel("Confirme la nueva contraseña").fill("una contraseña larga");
  await invitee.getByRole("button", { name: "Guardar la contraseña" }).click();
  await expect(invitee).toHaveURL(/\/assessments$/);
  await expect(invitee.getByTestId("current-user")).toContainText("Marta Invitada");
  // Signed in, the interface follows the account's language.
  await expect(invitee.locator("html")).toHaveAttribute("lang", "es");
  await invitee.context().close();
});
