import { test as base, expect, type Browser, type Page } from "@playwright/test";
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

/**
 * Signs `page` in through the sign-in page and waits until the header names the person. Sign-in
 * lands on the person's home: the forecasts, or the resolution queue for a reviewer.
 */
export async function signedInAs(page: Page, credentials: Credentials, home: RegExp = /\/forecasts$/): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(credentials);
  await expect(page).toHaveURL(home);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: new RegExp(`^${credentials.name} \\(`) })).toBeVisible();
}

/** A new person with these roles, added by the admin on the Users page. */
async function addedByAdmin(browser: Browser, person: Credentials, roles: string[]): Promise<void> {
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signedInAs(adminPage, ADMIN);
  const users = new UsersPage(adminPage);
  await users.goto();
  await users.addUser(person, roles);
  await adminContext.close();
}

function personNamed(name: string): Credentials {
  const id = unique();
  return { name: `${name} ${id}`, email: `${name.toLowerCase().replace(/\W+/g, "-")}-${id}@e2e.example`, password: "evidence-pass-1" };
}

/**
 * Makes every Content-Security-Policy violation a console error (Chromium logs most of them, not
 * all, e.g. report-only ones or those in workers), so the consoleErrors fixture fails the test.
 */
async function reportCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

interface Fixtures {
  /** Console errors and uncaught exceptions of `page`; any at the end of a test fails it. */
  consoleErrors: string[];
  /** `page`, signed in as the admin (who is also an analyst). */
  asAdmin: Page;
  /** `page`, signed in as a new analyst (analyst role only) whom the admin adds for this test. */
  asAnalyst: { page: Page; analyst: Credentials };
  /** `page`, signed in as a new reviewer (reviewer role only), who lands on the resolution queue. */
  asReviewer: { page: Page; reviewer: Credentials };
  /**
   * Someone else at the same time: a new person with these roles, signed in on a page of their own
   * (its console errors count too). Named `name` and a unique suffix.
   */
  sessionOf: (name: string, roles: string[]) => Promise<{ page: Page; person: Credentials }>;
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      await reportCspViolations(page);
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
    await addedByAdmin(browser, analyst, ["analyst"]);
    await signedInAs(page, analyst);
    await use({ page, analyst });
  },
  asReviewer: async ({ browser, page }, use) => {
    const reviewer = personNamed("Rex Reviewer");
    await addedByAdmin(browser, reviewer, ["reviewer"]);
    await signedInAs(page, reviewer, /\/review$/);
    await use({ page, reviewer });
  },
  sessionOf: async ({ browser, consoleErrors }, use) => {
    const contexts: { close(): Promise<void> }[] = [];
    await use(async (name, roles) => {
      const person = personNamed(name);
      await addedByAdmin(browser, person, roles);
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await reportCspViolations(page);
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(`console.error on ${page.url()}: ${message.text()} (${message.location().url})`);
      });
      page.on("pageerror", (error) => consoleErrors.push(`uncaught on ${page.url()}: ${error.message}`));
      await signedInAs(page, person, roles.includes("reviewer") ? /\/review$/ : /\/forecasts$/);
      return { page, person };
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
