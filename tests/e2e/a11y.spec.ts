import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ForecastFormPage } from "./pages/forecast-form-page";

/** A non-empty <title>, and no serious or critical WCAG 2 A/AA violation. (Console errors: the fixture.) */
async function expectAccessible(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.passes.length, "axe checked something").toBeGreaterThan(0);
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** The href of the link named `name` in the list named `list` on `path`. */
async function linkIn(page: Page, path: string, list: string, name: string): Promise<string> {
  await page.goto(path);
  const href = await page.getByRole("list", { name: list }).getByRole("link", { name, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\//);
  return href!;
}

test("every page an admin can reach is titled and accessible", async ({ asAdmin: page }) => {
  // Example pages with the most on them: a chart with events, several analysts, a report's judgments.
  const forecast = await linkIn(page, "/forecasts", "Forecasts", "Proxies return to larger, lethal attacks on US forces in Iraq by the end of 2021");
  const report = await linkIn(page, "/reports", "Reports", "The Iranian Proxy Response to the US-Iraq Strategic Dialogue");
  for (const path of ["/forecasts", "/forecasts/new", forecast, "/events", "/reports", "/reports/new", report, "/account", "/admin/users", "/teams", "/admin/audit"]) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test("the sign-in page is titled and accessible", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Sign in · Signpost");
  await expectAccessible(page);
});

test("the keyboard reaches the new-forecast title field and its submit button", async ({ asAdmin: page }) => {
  const form = new ForecastFormPage(page);
  await form.goto();
  const reach = async (target: typeof form.title, limit: number) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target}`);
  };
  await reach(form.title, 30);
  await expect(form.title).toBeFocused();
  await reach(form.submit, 60);
  await expect(form.submit).toBeFocused();
});
