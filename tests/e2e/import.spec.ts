import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, unique } from "./fixtures";
import { ForecastListPage } from "./pages/forecast-list-page";
import { ImportPage } from "./pages/import-page";

const DAY = 86_400_000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A resolved yes/no forecast with two back-dated predictions; `padding` makes the file big enough to watch it upload. */
function forecast(title: string, probabilities = [70, 30], padding = "") {
  return {
    title,
    statement: `An imported question about ${title.toLowerCase()}.${padding}`,
    resolutionCriteria: "Reported by two outlets.",
    closesAt: iso(30),
    createdAt: iso(120),
    author: "imported.author@e2e.example",
    tags: ["imported"],
    scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
    predictions: [
      { analyst: "imported.author@e2e.example", createdAt: iso(120), probabilities: [60, 40] },
      { analyst: "imported.second@e2e.example", createdAt: iso(60), probabilities },
    ],
    resolution: { outcome: 0, outcomeKnownAt: iso(30) },
  };
}

test("an admin imports a file with a bad item and sees it named; then a good one, with its progress and the count", async ({ asAdmin: page, consoleErrors }) => {
  const run = unique();
  const importPage = new ImportPage(page);

  await test.step("the admin area links to the import page", async () => {
    await page.goto("/forecasts");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }).click();
    await expect(page).toHaveTitle("Import a track record · Signpost");
    await expectNoSeriousViolations(page);
  });

  const badTitle = `Ferry strike ends ${run}`;
  await test.step("a bad item: every problem listed by forecast and field in plain words, nothing imported", async () => {
    await importPage.importFile("bad.json", { forecasts: [forecast(badTitle), forecast(`Second ${run}`, [60, 30])] });
    await expect(page.getByRole("heading", { name: "Nothing was imported" })).toBeFocused();
    await expect(importPage.problems).toHaveCount(1);
    await expect(importPage.problems.first()).toHaveText("Forecast 2, prediction 2: probabilities: must sum to 100 (they sum to 90) (forecasts.1.predictions.1.probabilities)");
    await expect(page.getByRole("region", { name: "Nothing was imported" }).getByRole("alert")).toHaveText("1 problem in the file: fix it and import again. Nothing was imported.");
    await expectNoSeriousViolations(page);
    // Chromium logs every 4xx answer as a console error; this 422 is the point of the step.
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes("status of 422")));

    // Re-read: the good forecast of the bad file was not stored either.
    const list = new ForecastListPage(page);
    await list.goto(badTitle);
    await expect(list.empty).toBeVisible();
  });

  const titles = Array.from({ length: 40 }, (_, i) => `Harbour question ${i + 1} ${run}`);
  await test.step("a good file: the upload's progress, then checking and writing, then the counts and links", async () => {
    await importPage.goto();
    // A slow uplink, so that the upload takes long enough to be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 60_000 });
    const padding = " Background.".repeat(150);
    await importPage.importFile("good.json", { forecasts: titles.map((title) => forecast(title, [70, 30], padding)) });
    await expect(page.getByRole("status").filter({ hasText: /Uploading… \d+%/ })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Upload" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Imported" })).toBeFocused({ timeout: 30_000 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(page.getByRole("status").filter({ hasText: "were imported" })).toHaveText("40 forecasts, 80 predictions and 40 resolutions were imported, and the resolved forecasts scored.");
    await expect(importPage.imported).toHaveCount(40);
    await expectNoSeriousViolations(page);

    await importPage.imported.filter({ hasText: titles[0] }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[0]);
    await expect(page.getByTestId("forecast-status")).toHaveText(/Resolved/);
  });
});

test("an analyst gets 403 on the import page, and the API refuses them too", async ({ asAnalyst: { page }, consoleErrors }) => {
  const response = await page.goto("/admin/import");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("main")).toContainText("This page is for administrators (the admin role).");
  const api = await page.request.post("/api/v1/import", { data: { forecasts: [forecast(`Refused ${unique()}`)] }, headers: { origin: new URL(page.url()).origin } });
  expect(api.status()).toBe(403);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes("status of 403")));
});
