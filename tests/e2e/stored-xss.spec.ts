import { expect, test } from "./fixtures";
import { dayFromToday } from "./fixtures";
import type { Page } from "@playwright/test";

/** Markup that would run script if any page put it into the HTML unescaped. */
const MARKUP = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script><b>bold</b>`;

async function posted(page: Page, url: string, data: unknown): Promise<{ id: string; scenarios?: { id: string }[] }> {
  const response = await page.request.post(url, { data });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

async function showsAsText(page: Page, path: string, text: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], main b:text-is("bold")')).toHaveCount(0);
}

test("markup in a report, forecast, scenario, indicator and event shows as text on every page that lists them, and never runs", async ({ asAdmin: page }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  const tag = `${Date.now()}`;
  const report = await posted(page, "/api/v1/reports", { title: `Report ${tag} ${MARKUP}`, authors: MARKUP, publishedAt: "2021-08-10", body: `The militias will likely keep attacks low. ${MARKUP}` });
  const forecast = await posted(page, "/api/v1/forecasts", {
    title: `Forecast ${tag} ${MARKUP}`.slice(0, 200),
    statement: `Statement ${MARKUP}`,
    resolutionCriteria: `Criteria ${MARKUP}`,
    closesAt: dayFromToday(30),
    tags: ["xss"],
    reportId: report.id,
    excerpt: `Excerpt ${MARKUP}`,
    scenarios: [{ label: `Yes ${MARKUP}`.slice(0, 200), baseline: true, description: MARKUP }, { label: "No" }],
    probabilities: [60, 40],
    rationale: `Rationale ${MARKUP}`,
  });
  const indicator = await posted(page, `/api/v1/forecasts/${forecast.id}/indicators`, { scenarioId: forecast.scenarios![0].id, description: `Indicator ${MARKUP}`, direction: "for", likelihoodRatio: 3 });
  await posted(page, "/api/v1/events", { occurredAt: dayFromToday(0), title: `Event ${tag} ${MARKUP}`.slice(0, 200), description: `Description ${MARKUP}`, indicatorIds: [indicator.id] });

  await showsAsText(page, `/forecasts/${forecast.id}`, `Forecast ${tag} <img src=x`);
  await expect(page.getByText(`Indicator <img src=x`).first()).toBeVisible();
  await expect(page.getByText(`Event ${tag} <img src=x`).first()).toBeVisible();
  await showsAsText(page, "/forecasts?tag=xss", `Forecast ${tag} <img src=x`);
  await showsAsText(page, `/events?q=${tag}`, `Event ${tag} <img src=x`);
  await showsAsText(page, "/reports", `Report ${tag} <img src=x`);
  await showsAsText(page, `/reports/${report.id}`, `Report ${tag} <img src=x`);
  await showsAsText(page, `/forecasts/new?reportId=${report.id}`, `Report ${tag} <img src=x`);
});
