import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { expect, signedInAs, test, unique } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";

const listWith = async (request: APIRequestContext, token: string) =>
  (await request.get("/api/v1/forecasts?limit=1", { headers: { authorization: `Bearer ${token}` } })).status();

test("a new token can be copied; revoking it asks first, from the keyboard, and Cancel keeps it working", async ({ asAnalyst: { page }, playwright }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const account = new AccountPage(page);
  await account.goto();
  const name = `nightly export ${unique()}`;
  const token = await account.createToken(name);

  await account.tokens.getByRole("button", { name: "Copy the new token" }).click();
  await expect(account.tokens.getByRole("status").filter({ hasText: /^Copied$/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const api = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect(await listWith(api, token)).toBe(200);

  const revoke = account.tokenRow(name).getByRole("button", { name: `Revoke token ${name}` });
  const dialog = page.getByRole("dialog", { name: `Revoke the token “${name}”?` });
  await revoke.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  const axe = await new AxeBuilder({ page }).include("dialog").withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(revoke).toBeFocused();
  expect(await listWith(api, token)).toBe(200);

  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Revoke token" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(account.tokenRow(name)).toContainText("Revoked");
  expect(await listWith(api, token)).toBe(401);
  await api.dispose();
});

test("changing one's password: mistakes are named beside their field, then the new one works and other sessions end", async ({ asAnalyst: { page, analyst }, browser }) => {
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signedInAs(otherPage, analyst);

  const account = new AccountPage(page);
  await account.goto();
  const form = account.passwordForm;
  await account.changePassword("not-my-password", "a-new-password-2");
  await expect(form.getByText("That is not your current password.")).toBeVisible();
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await account.changePassword(analyst.password, "a-new-password-2", "a-new-password-3");
  await expect(form.getByText("The two new passwords are not the same.")).toBeVisible();
  await expect(form.getByLabel("New password again")).toHaveAttribute("aria-invalid", "true");

  await account.changePassword(analyst.password, "a-new-password-2");
  await expect(form.getByRole("status")).toContainText("Your password is changed. 1 other session signed in as you ended");
  await expect(form.getByLabel("Current password")).toHaveValue("");

  // This browser is still signed in; the other one is not.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in\?next=%2Faccount$/);

  const signIn = new SignInPage(otherPage);
  await signIn.signIn({ email: analyst.email, password: analyst.password });
  await expect(otherPage.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an account.");
  await signIn.signIn({ email: analyst.email, password: "a-new-password-2" });
  await expect(otherPage).toHaveURL(/\/account$/);
  await elsewhere.close();
});
