import { test as base, expect, type Page } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { UsersPage } from "./pages/users-page";

export interface Credentials {
  name: string;
  email: string;
  password: string;
}

/** Created by setup.spec.ts on the empty database; every other spec signs in with it. */
export const ADMIN: Credentials = { name: "Ada Admin", email: "admin@e2e.example", password: "correct-horse-1" };

/** A unique suffix, so a retried test does not trip over the people its first attempt created. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** A day `days` from today (UTC), as a date input wants it. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Signs `page` in through the sign-in page and waits until the header names the person. */
export async function signedInAs(page: Page, credentials: Credentials): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(credentials);
  await expect(page).toHaveURL(/\/forecasts$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: new RegExp(`^${credentials.name} \\(`) })).toBeVisible();
}

interface Fixtures {
  /** Console errors and uncaught exceptions of `page`; any at the end of a test fails it. */
  consoleErrors: string[];
  /** `page`, signed in as the admin (who is also an analyst). */
  asAdmin: Page;
  /** `page`, signed in as a new analyst (analyst role only) whom the admin adds for this test. */
  asAnalyst: { page: Page; analyst: Credentials };
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`console.error on ${page.url()}: ${message.text()} (${message.location().url})`);
      });
      page.on("pageerror", (error) => errors.push(`uncaught on ${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, "the browser reported errors").toEqual([]);
    },
    { auto: true },
  ],
  asAdmin: async ({ page }, use) => {
    await signedInAs(page, ADMIN);
    await use(page);
  },
  asAnalyst: async ({ browser, page }, use) => {
    const analyst: Credentials = { name: `Eve Analyst ${unique()}`, email: `eve-${unique()}@e2e.example`, password: "evidence-pass-1" };
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signedInAs(adminPage, ADMIN);
    const users = new UsersPage(adminPage);
    await users.goto();
    await users.addUser(analyst, ["analyst"]);
    await adminContext.close();
    await signedInAs(page, analyst);
    await use({ page, analyst });
  },
});

export { expect };
