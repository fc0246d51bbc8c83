import { expect, signIn, signInAs, test } from "./fixtures";
import { createAdmin, createAgencyWithRespondent, createCoordinator, createUser, type TestUser } from "./support/data";

const respondent = async () => (await createAgencyWithRespondent()).respondent;
const MAKERS: Record<string, () => Promise<TestUser>> = { respondent, coordinator: () => createCoordinator(), admin: () => createAdmin() };

test.describe("sign-in and roles", () => {
  for (const [role, make] of Object.entries(MAKERS)) {
    test(`${role} signs in and lands on their home`, async ({ page }) => {
      const user = await make();
      await signInAs(page, user);
      await expect(page).toHaveURL(new RegExp(`${user.home}$`));
      await expect(page.getByTestId("current-user")).toBeVisible();
    });
  }

  test("a signed-out visit to a protected page goes to sign-in, then back after signing in", async ({ page }) => {
    const user = await respondent();
    await page.goto("/assessments");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(page.locator('form button[type="submit"]')).toBeEnabled();
    await page.locator('input[type="email"]').fill(user.email);
    await page.locator('input[type="password"]').fill(user.password);
    await page.locator('form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/assessments$/);
  });

  test("a wrong password and an unknown email show the same message", async ({ page }) => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    await signIn(page, coordinator.email, "not-the-password");
    const message = page.getByRole("alert");
    await expect(message).toBeVisible();
    const wrongPasswordText = await message.textContent();
    await signIn(page, `nobody-${coordinator.id}@nowhere.test`, "not-the-password");
    await expect(page.getByRole("alert")).toHaveText(wrongPasswordText!);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("after sign-out the pages are closed again, even to the old session cookie", async ({ page, context }) => {
    await signInAs(page, await createCoordinator());
    const cookiesBeforeSignOut = await context.cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/coordinator");
    await expect(page).toHaveURL(/\/sign-in/);
    // A session cookie that comes back (a request in flight during sign-out, a copied cookie) is revoked.
    await context.addCookies(cookiesBeforeSignOut);
    await page.goto("/coordinator");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.locator('input[type="email"]')).toBeVisible();
  });

  test("a respondent cannot open the coordinator or admin pages", async ({ page }) => {
    await signInAs(page, await respondent());
    for (const path of ["/coordinator", "/admin"]) {
      await page.goto(path);
      await expect(page.getByTestId("forbidden")).toBeVisible();
    }
  });

  test("an API call without a session gets 401, not a sign-in page", async ({ request }) => {
    const response = await request.get("/api/reports/unknown/pdf");
    expect(response.status()).toBe(401);
  });
});
