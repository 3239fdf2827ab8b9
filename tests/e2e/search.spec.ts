import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ForecastListPage } from "./pages/forecast-list-page";

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test.describe("search by words and the list filters (example workspace)", () => {
  test("forecasts: words in any order find a forecast; the author and tag fields suggest as one types", async ({ asAdmin: page }) => {
    const list = new ForecastListPage(page);
    await list.goto("bases militias");
    // Every word in the title: first, ahead of forecasts that have them only in their statement.
    await expect(list.titles.first()).toHaveText("Iraqi militias strike US bases outside Iraq and Syria in 2021");
    await list.goto("bases militias zzyzx");
    await expect(list.empty).toBeVisible();

    await page.goto("/forecasts");
    const author = page.getByRole("combobox", { name: "Author" });
    await author.fill("example ana");
    await expect(page.locator(`datalist#${await author.getAttribute("list")} option`).first()).toHaveAttribute("value", "Example Analyst");
    const tag = page.getByRole("combobox", { name: "Tag" });
    await tag.fill("ira");
    await expect(page.locator(`datalist#${await tag.getAttribute("list")} option[value="iraq"]`)).toHaveAttribute("label", /^iraq · \d+ forecasts$/);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/tag=ira(&|$)/);
    await expect(list.empty).toBeVisible();
    await tag.fill("iraq");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(list.titles.first()).toBeVisible();
    for (const title of await list.titles.allTextContents()) expect(title.length).toBeGreaterThan(0);
    await expectNoSeriousViolations(page);

    // Other specs (the ForecastBench import) share this database, so which tags lead is not fixed:
    // check the order, and that another tag's link filters by it and the Tag field follows the URL.
    const popular = page.getByRole("navigation", { name: "Most used tags" }).getByRole("link");
    const labels = await popular.allTextContents();
    const counts = labels.map((label) => Number(label.match(/([\d,]+)\s*$/)?.[1].replace(/,/g, "")));
    expect(counts.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const tags = labels.map((label) => label.match(/^#(\S+)/)?.[1] ?? "");
    const other = tags.findIndex((t) => t !== "iraq");
    expect(other).toBeGreaterThanOrEqual(0);
    await popular.nth(other).click();
    await expect(page).toHaveURL(new RegExp(`[?&]tag=${encodeURIComponent(tags[other])}(&|$)`));
    await expect(tag).toHaveValue(tags[other]);
    await expect(list.titles.first()).toBeVisible();
  });

  test("events: 'erbil drone' finds the Erbil airport attack; 'B or better' keeps A and B sources", async ({ asAdmin: page }) => {
    await page.goto(`/events?${new URLSearchParams({ q: "erbil drone" })}`);
    const events = page.getByRole("list", { name: "Events" }).getByRole("heading", { level: 2 });
    // Other specs may record events about Erbil too: this one is found, and one without "Erbil" is not.
    await expect(events.filter({ hasText: "Drone attack on Erbil international airport" })).toHaveCount(1);
    await expect(events.filter({ hasText: "al-Tanf" })).toHaveCount(0);
    for (const title of await events.allTextContents()) expect(title.toLowerCase()).toMatch(/erbil/);

    await page.goto("/events");
    const filters = page.getByRole("search", { name: "Filter events" });
    await filters.locator('select[name="reliability"]').selectOption({ label: "B or better (A, B)" });
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/reliability=B/);
    const gradings = page.getByRole("list", { name: "Events" }).locator("> li > p:first-child");
    await expect(gradings.first()).toBeVisible();
    for (const grading of await gradings.allTextContents()) expect(grading).toMatch(/· [AB]\d? —/);
  });

  test("events: a from-date after the to-date is refused with a message, not an empty list", async ({ asAdmin: page }) => {
    await page.goto("/events?from=2021-12-01&to=2021-10-01");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("To: must not be before “from”");
    await expect(page.getByRole("list", { name: "Events" })).toHaveCount(0);
    await expectNoSeriousViolations(page);
  });
});
