import type { Browser, Page } from "@playwright/test";
import { createAdmin, createAgency, createUser, e2eDb, expireLinksOf, uniqueEmail, type TestAgency, type TestUser } from "./support/data";
import { UNDELIVERABLE_PREFIX } from "./support/mail-server";
import { expect, signIn, signInAs, test } from "./fixtures";

const NEW_PASSWORD = "a long enough passphrase";

async function newSignedOutPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/**
 * Fills the invitation form and returns the one-time link shown to the admin (the run's mail server refuses
 * these addresses: delivery fails, the admin gets the link; e2e/account-recovery.spec.ts reads the mail).
 */
async function inviteRespondent(page: Page, agency: TestAgency, email: string, name: string): Promise<string> {
  await page.goto("/admin/users/new");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Role").selectOption("RESPONDENT");
  await page.getByLabel("Agency", { exact: true }).selectOption({ label: agency.name });
  await page.locator("main").getByLabel("Language", { exact: true }).selectOption("en");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  const link = page.getByTestId("one-time-link");
  await expect(link).toBeVisible();
  await expect(page.getByText(`The email to ${email} could not be sent.`)).toBeVisible();
  return link.inputValue();
}

/** An address the run's mail server refuses (e2e/support/mail-server.ts). */
const undeliverable = (prefix: string) => uniqueEmail(`${UNDELIVERABLE_PREFIX}${prefix}`);

/** An admin and an agency of this test, and a respondent of it with a known password. */
async function arrange(): Promise<{ admin: TestUser; agency: TestAgency }> {
  return { admin: await createAdmin(), agency: await createAgency({ name: "Admin journeys PES" }) };
}

const createRespondent = (agency: TestAgency, email: string, password: string) => createUser({ role: "RESPONDENT", agencyId: agency.id, email, password });

async function setPassword(page: Page, link: string, password: string, confirmation = password) {
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm the new password").fill(confirmation);
  await page.getByRole("button", { name: "Save the password" }).click();
}

test.describe("administration: users and one-time links", () => {
  test("an admin invites a user, who sets a password through the link and signs in; the link then refuses a second use", async ({ page, browser, baseURL }) => {
    const email = undeliverable("invitee");
    const { admin, agency } = await arrange();
    await signInAs(page, admin);
    const link = await inviteRespondent(page, agency, email, "Lucía Invitada");
    expect(link).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));

    // Only the hash of the token is stored.
    const stored = await e2eDb().authToken.findFirst({ where: { user: { email } }, select: { tokenHash: true, purpose: true, userId: true } });
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.tokenHash).not.toContain(link.split("/").pop()!);
    expect(stored!.purpose).toBe("INVITE");

    // Before accepting, the account cannot sign in and the list shows the invitation as pending.
    await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    await expect(page.getByTestId(`user-row-${email}`)).toContainText("Invitation not yet accepted");

    const invitee = await newSignedOutPage(browser, baseURL);
    await invitee.goto(link);
    await expect(invitee.getByText(`For the account ${email}.`)).toBeVisible();
    // The same schema checks the form: too short, then not confirmed.
    await setPassword(invitee, link, "short");
    await expect(invitee.getByText("Use at least 10 characters.")).toBeVisible();
    await setPassword(invitee, link, NEW_PASSWORD, `${NEW_PASSWORD}!`);
    await expect(invitee.getByText("The two passwords are not the same.")).toBeVisible();
    // Setting the password signs the person in and takes them home.
    await setPassword(invitee, link, NEW_PASSWORD);
    await expect(invitee).toHaveURL(/\/assessments$/);
    await expect(invitee.getByTestId("current-user")).toContainText("Lucía Invitada");

    // The link is spent: a second visit gets a clear message, not the form.
    await invitee.goto(link);
    await expect(invitee.getByTestId("link-refused")).toContainText("This link has already been used.");
    await expect(invitee.getByLabel("New password", { exact: true })).toHaveCount(0);

    // The audit log has the invitation and the password, on that user.
    await page.goto(`/admin/audit?actor=${encodeURIComponent(email)}`);
    await expect(page.getByTestId("audit-table")).toContainText("user.password-set");
    await expect(page.getByTestId("audit-table")).toContainText("auth.sign-in");
    await page.goto(`/admin/audit?action=user.invite&entity=${stored!.userId}`);
    await expect(page.getByTestId("audit-table")).toContainText(admin.email);
    await invitee.context().close();
  });

  test("an expired link and an unknown link are refused with a clear message", async ({ page, browser, baseURL }) => {
    const email = undeliverable("expired");
    const { admin, agency } = await arrange();
    await signInAs(page, admin);
    const link = await inviteRespondent(page, agency, email, "Expired Invitee");
    expect(await expireLinksOf(email)).toBe(1);

    const visitor = await newSignedOutPage(browser, baseURL);
    await visitor.goto(link);
    await expect(visitor.getByTestId("link-refused")).toContainText("This link has expired. Ask your administrator for a new one.");
    await expect(visitor.getByLabel("New password", { exact: true })).toHaveCount(0);

    await visitor.goto(`/invite/${"x".repeat(43)}`);
    await expect(visitor.getByTestId("link-refused")).toContainText("This link is not valid.");
    await visitor.goto("/reset-password/not-a-token");
    await expect(visitor.getByTestId("link-refused")).toContainText("This link is not valid.");
    // The invitation link is not a reset link either.
    await visitor.goto(link.replace("/invite/", "/reset-password/"));
    await expect(visitor.getByTestId("link-refused")).toContainText("This link is not valid.");

    // The user never got a password.
    expect(await e2eDb().user.findUnique({ where: { email }, select: { passwordHash: true } })).toEqual({ passwordHash: null });
    await visitor.context().close();
  });

  test("a deactivated user cannot sign in, and their open session ends at the next request", async ({ page, browser, baseURL }) => {
    const email = uniqueEmail("deactivated");
    const password = "respondent password 1";
    const { admin, agency } = await arrange();
    const { id } = await createRespondent(agency, email, password);

    const respondent = await newSignedOutPage(browser, baseURL);
    await signIn(respondent, email, password);
    await expect(respondent).toHaveURL(/\/assessments$/);

    await signInAs(page, admin);
    await page.goto(`/admin/users/${id}`);
    await page.getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByText("The user has been deactivated.")).toBeVisible();
    await expect(page.getByTestId("user-status")).toHaveText("Deactivated");

    // The open session is closed on the next request.
    await respondent.goto("/assessments");
    await expect(respondent).toHaveURL(/\/sign-in/);
    // And signing in again is refused with the usual non-revealing message.
    await signIn(respondent, email, password);
    await expect(respondent.getByText("The email address or password is not correct, or the account is not active.")).toBeVisible();
    await expect(respondent).toHaveURL(/\/sign-in/);

    await respondent.context().close();

    // Reactivated, the same password works again.
    await page.getByRole("button", { name: "Reactivate" }).click();
    await expect(page.getByTestId("user-status")).toHaveText("Active");
    const again = await newSignedOutPage(browser, baseURL);
    await signIn(again, email, password);
    await expect(again).toHaveURL(/\/assessments$/);
    await again.context().close();
  });

  test("a forced password reset stops the old password and sends a reset link", async ({ page, browser, baseURL }) => {
    const email = undeliverable("reset");
    const oldPassword = "the old password 1";
    const { admin, agency } = await arrange();
    const { id } = await createRespondent(agency, email, oldPassword);
    const user = await newSignedOutPage(browser, baseURL);
    await signIn(user, email, oldPassword);
    await expect(user).toHaveURL(/\/assessments$/);

    await signInAs(page, admin);
    await page.goto(`/admin/users/${id}`);
    await page.getByRole("button", { name: "Force a password reset" }).click();
    const link = await page.getByTestId("one-time-link").inputValue();
    expect(link).toContain("/reset-password/");

    await user.goto("/assessments");
    await expect(user).toHaveURL(/\/sign-in/);
    await signIn(user, email, oldPassword);
    await expect(user.getByText("The email address or password is not correct")).toBeVisible();
    await user.context().close();

    const owner = await newSignedOutPage(browser, baseURL);
    // The new password signs the owner in at once.
    await setPassword(owner, link, NEW_PASSWORD);
    await expect(owner).toHaveURL(/\/assessments$/);
    await owner.context().close();
  });

  test("an admin cannot deactivate or demote themself", async ({ page }) => {
    const admin = await createAdmin();
    await signInAs(page, admin);
    await page.goto(`/admin/users/${admin.id}`);
    await expect(page.getByText("You cannot deactivate your own account")).toBeVisible();
    await expect(page.getByRole("button", { name: "Deactivate" })).toHaveCount(0);
    await expect(page.getByLabel("Role")).toHaveCount(0);
  });

  test("a signed-in user changes their own password and language", async ({ page }) => {
    const email = uniqueEmail("account");
    await createRespondent(await createAgency(), email, "first password 123");
    await signIn(page, email, "first password 123");
    await expect(page).toHaveURL(/\/assessments$/);
    await page.getByTestId("current-user").click();
    await expect(page).toHaveURL(/\/account$/);
    await page.getByLabel("Current password").fill("not the password");
    await page.getByLabel("New password", { exact: true }).fill("second password 456");
    await page.getByLabel("Confirm the new password").fill("second password 456");
    await page.getByRole("button", { name: "Save the password" }).click();
    await expect(page.getByText("The current password is not correct.").first()).toBeVisible();
    await page.getByLabel("Current password").fill("first password 123");
    await page.getByRole("button", { name: "Save the password" }).click();
    await expect(page.getByText("Your password has been changed.")).toBeVisible();

    await page.locator("main").getByRole("combobox", { name: "Language", exact: true }).selectOption("fr");
    await page.getByRole("button", { name: "Save" , exact: true }).click();
    await expect(page.getByRole("heading", { name: "Mon compte" })).toBeVisible();
    expect(await e2eDb().user.findUnique({ where: { email }, select: { language: true } })).toEqual({ language: "fr" });
  });
});

test.describe("administration: agencies", () => {
  test("an admin creates an agency with a non-Latin name, finds it by region, edits and deactivates it", async ({ page }) => {
    const name = `وزارة العمل ${Date.now().toString(36)}`;
    await signInAs(page, await createAdmin());
    await page.goto("/admin/agencies/new");
    await page.getByLabel("Agency name").fill(name);
    await page.getByLabel("Country").selectOption("JO");
    await page.getByLabel("Region").selectOption("ARAB_STATES");
    await page.getByLabel("Language of the agency").selectOption("en");
    await page.getByRole("button", { name: "Create the agency" }).click();
    await expect(page.getByText("The agency has been saved.")).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/agencies\/[A-Za-z0-9_-]+\?created=1$/);

    // Other journeys add agencies to the region too: the search term keeps the list to this one.
    await page.goto(`/admin/agencies?q=${encodeURIComponent(name)}&region=ARAB_STATES`);
    await expect(page.getByTestId("agencies-table")).toContainText(name);
    await expect(page.getByTestId("agencies-table")).toContainText("Jordan (JO)");
    await page.goto("/admin/agencies?region=ARAB_STATES");
    await expect(page.getByTestId("agencies-table")).not.toContainText("Mexico (MX)");
    await page.goto(`/admin/agencies?q=${encodeURIComponent(name)}&region=AP`);
    await expect(page.getByText("No agency matches these filters.")).toBeVisible();

    await page.goto(`/admin/agencies?q=${encodeURIComponent(name)}`);
    await page.getByRole("link", { name: `Edit ${name}` }).click();
    await page.getByLabel("Country").selectOption("LB");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("The agency has been saved.")).toBeVisible();
    await page.getByRole("button", { name: "Deactivate the agency" }).click();
    await expect(page.getByTestId("agency-status")).toHaveText("Deactivated");

    const agency = await e2eDb().agency.findFirstOrThrow({ where: { name }, select: { id: true, countryCode: true, region: true, active: true } });
    expect(agency).toMatchObject({ countryCode: "LB", region: "ARAB_STATES", active: false });
    const events = await e2eDb().auditEvent.findMany({ where: { entityId: agency.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true } });
    const actions = events.map((event) => event.action);
    expect(actions).toEqual(["agency.create", "agency.update", "agency.deactivate"]);

    // A deactivated agency is not offered for new respondents.
    await page.goto("/admin/users/new");
    await expect(page.getByLabel("Agency", { exact: true }).locator("option", { hasText: name })).toHaveCount(0);
  });

  test("the role and agency rule is enforced on the invitation form", async ({ page }) => {
    const { admin, agency } = await arrange();
    const existing = await createRespondent(agency, uniqueEmail("existing"), "an existing password");
    await signInAs(page, admin);
    await page.goto("/admin/users/new");
    await page.getByLabel("Email address").fill(uniqueEmail("rule"));
    await page.getByLabel("Full name").fill("Rule Check");
    await page.getByLabel("Role").selectOption("RESPONDENT");
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByText("A PES respondent must belong to an agency.")).toBeVisible();
    await page.getByLabel("Role").selectOption("COORDINATOR");
    await page.getByLabel("Agency", { exact: true }).selectOption({ label: agency.name });
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByText("Only PES respondents belong to an agency")).toBeVisible();
    await page.getByLabel("Email address").fill(existing.email);
    await page.getByLabel("Agency", { exact: true }).selectOption("");
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByText("A user with this email address already exists.").first()).toBeVisible();
  });
});
