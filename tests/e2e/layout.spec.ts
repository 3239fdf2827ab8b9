import type { Locator, Page } from "@playwright/test";
import { expect, test, unique } from "./fixtures";
import { ForecastFormPage } from "./pages/forecast-form-page";
import { ForecastListPage } from "./pages/forecast-list-page";
import { ForecastPage } from "./pages/forecast-page";

// Open example forecasts: the first is registered at setup, so "Today" sits on the chart's left edge, beside "100%".
const PRACTICE = "Iraqi militias claim a drone or missile attack outside Iraq within three months";
const ESCALATION = "How hard Iran-aligned Iraqi militias hit US forces in the next four months";

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxesOf(locator: Locator): Promise<{ text: string; box: Box }[]> {
  const boxes = [];
  for (const element of await locator.all()) {
    const box = await element.boundingBox();
    if (box !== null) boxes.push({ text: (await element.textContent()) ?? "", box });
  }
  return boxes;
}

/** The names of the reference lines and every axis tick: no two may cover each other. */
async function expectChartTextApart(forecast: ForecastPage): Promise<void> {
  const labels = forecast.chart.locator("svg text").filter({ hasText: /^(Today|Closes|Resolved)$/ });
  const ticks = forecast.chart.locator("svg .recharts-cartesian-axis-tick-value");
  await expect(labels.filter({ hasText: "Today" })).toBeVisible();
  await expect(labels.filter({ hasText: "Closes" })).toBeVisible();
  await expect(ticks.filter({ hasText: /^100%$/ })).toBeVisible();

  const labelBoxes = await boxesOf(labels);
  const tickBoxes = await boxesOf(ticks);
  for (const [i, label] of labelBoxes.entries()) {
    for (const tick of tickBoxes) expect(overlaps(label.box, tick.box), `“${label.text}” covers the tick “${tick.text}”`).toBe(false);
    for (const other of labelBoxes.slice(i + 1)) expect(overlaps(label.box, other.box), `“${label.text}” covers “${other.text}”`).toBe(false);
  }
}

async function documentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * SPEC §2's independent first forecast hides the others' numbers (the chart among them) from an
 * analyst until their own first prediction: where that is so, the admin first predicts evenly
 * through the API, then reads the page as someone who has.
 */
async function predictIfHidden(page: Page): Promise<void> {
  if ((await page.getByTestId("hidden-until-you-predict").count()) === 0) return;
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const { scenarios } = (await (await page.request.get(`/api/v1/forecasts/${id}`)).json()) as { scenarios: { id: string }[] };
  const share = Math.floor(1000 / scenarios.length);
  const probabilities = Object.fromEntries(scenarios.map((s, i) => [s.id, (i === 0 ? 1000 - share * (scenarios.length - 1) : share) / 10]));
  const response = await page.request.post(`/api/v1/forecasts/${id}/predictions`, { data: { probabilities, rationale: "An even first look." } });
  expect(response.status(), await response.text()).toBe(201);
  await page.reload();
}

async function openForecast(page: Page, title: string): Promise<ForecastPage> {
  const list = new ForecastListPage(page);
  await list.goto();
  await list.open(title);
  const forecast = new ForecastPage(page);
  await expect(forecast.heading).toBeVisible();
  await predictIfHidden(page);
  await expect(forecast.chart.locator("svg.recharts-surface")).toBeVisible();
  return forecast;
}

test("the chart's line labels cover neither the axis ticks nor each other", async ({ asAdmin: page }) => {
  const forecast = await openForecast(page, PRACTICE);
  await expectChartTextApart(forecast);
  // Still a chart everyone can read: axes, a legend, and the values behind a hover.
  await expect(forecast.chart.locator("svg .recharts-xAxis")).toBeVisible();
  await expect(forecast.chart.getByRole("list", { name: "Legend" })).toContainText("(author)");
});

test.describe("on a 390 × 844 phone screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no page is wider than the screen", async ({ asAdmin: page }) => {
    const list = new ForecastListPage(page);
    await list.goto();
    expect(await documentWidth(page), "/forecasts").toBeLessThanOrEqual(390);

    const titles = await list.titles.allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) {
      await test.step(title, async () => {
        const forecast = await openForecast(page, title);
        await expect(forecast.latest).toBeVisible();
        expect(await documentWidth(page), title).toBeLessThanOrEqual(390);
      });
    }

    const form = new ForecastFormPage(page);
    await form.goto();
    expect(await documentWidth(page), "/forecasts/new").toBeLessThanOrEqual(390);
  });

  test("the chart's line labels stay apart on a narrow chart too", async ({ asAdmin: page }) => {
    await expectChartTextApart(await openForecast(page, ESCALATION));
  });
});

test("counts read in the right number: 1 prediction, 1 forecast", async ({ asAdmin: page }) => {
  const forecast = await openForecast(page, PRACTICE);
  await expect(page.getByText(/^1 prediction\.$/)).toBeVisible();

  // A report with exactly one forecast made from it.
  const title = `A one-judgment report (${unique()})`;
  const report = await page.request.post("/api/v1/reports", { data: { title, publishedAt: "2021-08-10", body: "Militias will likely keep attacks low-level." } });
  expect(report.status()).toBe(201);
  const { id: reportId } = (await report.json()) as { id: string };
  const made = await page.request.post("/api/v1/forecasts", {
    data: {
      title: `Made from ${title}`,
      statement: "Militias keep attacks low-level.",
      resolutionCriteria: "No if a lethal attack on US forces is reported.",
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      reportId,
      scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
      probabilities: [67.5, 32.5],
    },
  });
  expect(made.status()).toBe(201);
  await page.goto("/reports");
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText(/· 1 forecast\s*$/);
  await expect(forecast.page.getByText(/\b1 (predictions|forecasts|events)\b/)).toHaveCount(0);
});
