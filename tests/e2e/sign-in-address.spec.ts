import { expect, test, type Browser, type Page } from "@playwright/test";
import { browserResolving, extraPort, startOwnServer, type OwnServer } from "./support/own-server";

/**
 * Signpost served over plain http at an address that is not localhost, as an office installs it
 * (`http://<server name>:3000`). Chromium resolves `signpost.lan` to this machine, so the browser
 * treats it as any LAN host: it keeps no Secure cookie from it.
 */
const HOST = "signpost.lan";
const person = { name: "Lana Analyst", email: "lana@example.org", password: "lan-password-1" };

function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

async function fillSignIn(page: Page): Promise<void> {
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("served over plain http at a LAN name, without BETTER_AUTH_URL", () => {
  let server: OwnServer;
  let browser: Browser;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startOwnServer(extraPort(1));
    server.cli("user:create", "--email", person.email, "--name", person.name, "--role", "analyst", "--password", person.password);
    browser = await browserResolving(HOST);
  });

  test.afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("a correct sign-in lands on the forecasts, signed in, and stays signed in", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const base = `http://${HOST}:${server.port}`;

    await page.goto(`${base}/sign-in`);
    await expect(page.getByText("does not match the server's settings")).toHaveCount(0);
    await fillSignIn(page);
    await expect(page).toHaveURL(`${base}/forecasts`);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: new RegExp(`^${person.name} \\(`) })).toBeVisible();

    // The cookie came over http, so it is not Secure (a Secure one would have been dropped).
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("session_token"));
    expect(session).toMatchObject({ name: "better-auth.session_token", secure: false, httpOnly: true, domain: HOST });
    await page.goto(`${base}/account`);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a script on one of its pages may sign in through /api/auth at that address too", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://${HOST}:${server.port}/sign-in`);
    // The browser sends Origin: http://signpost.lan:<port>; it must count as Signpost's own.
    const status = await page.evaluate(async (body) => {
      const response = await fetch("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return response.status;
    }, { email: person.email, password: person.password });
    expect(status).toBe(200);
    await context.close();
  });
});

test.describe("BETTER_AUTH_URL says https, but the page came over plain http", () => {
  let server: OwnServer;
  let browser: Browser;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const port = extraPort(2);
    server = await startOwnServer(port, { BETTER_AUTH_URL: `https://${HOST}:${port}` });
    server.cli("user:create", "--email", person.email, "--name", person.name, "--role", "analyst", "--password", person.password);
    browser = await browserResolving(HOST);
  });

  test.afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("the sign-in page says so, and a correct sign-in explains why it did not stick instead of bouncing", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const base = `http://${HOST}:${server.port}`;

    await page.goto(`${base}/sign-in?next=%2Freports`);
    const warning = page.getByRole("status").filter({ hasText: "does not match the server's settings" });
    await expect(warning).toContainText(`This page was opened over plain http (${base})`);
    await expect(warning).toContainText(`Open https://${HOST}:${server.port} instead`);

    await fillSignIn(page);
    const failure = page.getByRole("main").getByRole("alert");
    await expect(failure).toContainText("Your email and password are right, but your browser did not keep the sign-in cookie");
    await expect(failure).toContainText("BETTER_AUTH_URL");
    await expect(page).toHaveURL(`${base}/sign-in?next=%2Freports`);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
