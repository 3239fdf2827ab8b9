import { expect, test } from "./fixtures";

/**
 * A page a role may not see answers 403, with a page naming the role it needs; a missing item
 * answers 404. Browsers, crawlers and monitoring read the status, not the words.
 */

/** Chromium logs a non-2xx document as a console error; these ones are the point of the test. */
function dropExpected(consoleErrors: string[], status: number): void {
  const expected = consoleErrors.filter((e) => e.includes(`status of ${status}`));
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !expected.includes(e)));
}

test("an analyst opening the admin pages gets 403 and is told which role they need", async ({ asAnalyst: { page, analyst }, consoleErrors }) => {
  for (const path of ["/admin/users", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page).toHaveTitle("Not allowed · Signpost");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
    await expect(page.getByRole("main")).toContainText("This page is for administrators (the admin role).");
    await expect(page.getByRole("main")).toContainText(`You are signed in as ${analyst.name}, with the role analyst.`);
  }
  const teams = await page.goto("/teams");
  expect(teams?.status()).toBe(403);
  await expect(page.getByRole("main")).toContainText("managers and administrators");
  dropExpected(consoleErrors, 403);
});

test("a missing forecast or report answers 404 with the not-found page", async ({ asAnalyst: { page }, consoleErrors }) => {
  for (const path of ["/forecasts/does-not-exist", "/reports/does-not-exist"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  }
  dropExpected(consoleErrors, 404);
});

test("the pages a role may see still answer 200", async ({ asAdmin: page }) => {
  for (const path of ["/admin/users", "/admin/audit", "/teams", "/forecasts/new", "/reports/new"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
  }
});

test("the favicon is served", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});
