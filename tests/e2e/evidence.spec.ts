import fs from "node:fs";
import type { Page } from "@playwright/test";
import { dayFromToday, expect, test, unique } from "./fixtures";
import { ForecastFormPage } from "./pages/forecast-form-page";
import { ForecastListPage } from "./pages/forecast-list-page";
import { ForecastPage } from "./pages/forecast-page";

const BASELINE = "Attacks stay harassing";
const ALTERNATIVE = "Lethal attacks resume";
const INDICATOR = "A rocket salvo on a base hosting US forces causes casualties";
const EXAMPLE = "Proxies return to larger, lethal attacks on US forces in Iraq by the end of 2021";
const IMPLIED = "Evidence-implied";
const CHART_SCREENSHOT = "test-results/artifacts/timeline-chart.png";

/** A forecast of the signed-in analyst with one moderate indicator against its baseline. */
async function forecastWithContraryIndicator(page: Page): Promise<ForecastPage> {
  const form = new ForecastFormPage(page);
  await form.goto();
  // 80 / 20 so that one moderate (×3) indicator against the baseline contests it without
  // overtaking it: 80/3 ≈ 26.7 still outweighs 20 (with 70 / 30 it would be overtaken, §4).
  await form.fill({
    title: `Harassing attacks continue through the winter (${unique()})`,
    statement: "Iran-aligned militias keep their attacks on US forces in Iraq to harassing, non-lethal strikes.",
    resolutionCriteria: "Resolves to the alternative if a militia attack on US forces in Iraq causes a death.",
    closesOn: dayFromToday(90),
    scenarios: [
      { label: BASELINE, probability: "80" },
      { label: ALTERNATIVE, probability: "20" },
    ],
  });
  await form.create();
  const forecast = new ForecastPage(page);
  await forecast.addIndicator({ description: INDICATOR, scenario: `${BASELINE} (baseline)`, direction: "Against", strength: "Moderate" });
  await expect(forecast.indicator(INDICATOR)).toContainText("Against");
  await expect(forecast.indicator(INDICATOR)).toContainText("moderate (×3)");
  await expect(forecast.indicator(INDICATOR)).toHaveAttribute("data-status", "pending");
  return forecast;
}

test("an event on an indicator against the baseline contests the assessment and marks the chart", async ({ asAnalyst: { page, analyst } }, testInfo) => {
  const forecast = await forecastWithContraryIndicator(page);
  const author = `${analyst.name} (author)`;
  const eventTitle = `Rockets hit Ain al-Asad; two contractors wounded (${unique()})`;

  await expect(forecast.assessmentStatus).toHaveText("Holding");
  await expect(forecast.chart.locator("svg.recharts-surface")).toBeVisible();
  // Before any event the evidence implies what the author stated: the two lines coincide.
  await expect(forecast.visibleLine(author).first()).toBeVisible();
  await expect(forecast.visibleLine(IMPLIED).first()).toBeVisible();
  expect(Math.abs((await forecast.heightOf(IMPLIED)) - (await forecast.heightOf(author)))).toBeLessThan(1);
  const markersBefore = await forecast.eventMarkers.count();

  await forecast.openEventForm();
  await forecast.submitNewEvent({
    title: eventTitle,
    occurredOn: dayFromToday(0),
    sourceUrl: "https://example.org/reports/ain-al-asad",
    reliability: "B",
    credibility: "2",
    indicators: [INDICATOR],
  });
  await expect(forecast.eventForm.getByRole("status")).toHaveText("The event is attached; the assessment and the chart are updated.");

  await expect(forecast.assessmentStatus).toHaveText("Contested");
  await expect(forecast.assessmentReason).toContainText(`An indicator against the baseline was observed on`);
  await expect(forecast.assessmentReason).toContainText(INDICATOR);
  await expect(forecast.indicator(INDICATOR)).toHaveAttribute("data-status", "observed");
  await expect(forecast.linkedEvents.filter({ hasText: eventTitle })).toContainText("B2");

  await expect(forecast.eventMarkers).toHaveCount(markersBefore + 1);
  await expect(forecast.eventMarkers.last()).toHaveAccessibleName(new RegExp(`^Event, .*: ${eventTitle.replace(/[()]/g, "\\$&")}\\.`));
  await expect(forecast.eventMarkers.last().locator("path")).toHaveAttribute("d", /^M/);
  // The dashed evidence-implied line drops (80% → about 57%) below the author's, still at 80%.
  await expect(forecast.impliedLine).toHaveAttribute("stroke-dasharray", "6 4");
  await expect(forecast.visibleLine(IMPLIED).first()).toBeVisible();
  await expect.poll(async () => (await forecast.heightOf(IMPLIED)) - (await forecast.heightOf(author))).toBeGreaterThan(30);

  fs.mkdirSync("test-results/artifacts", { recursive: true });
  await forecast.chart.screenshot({ path: CHART_SCREENSHOT });
  await testInfo.attach("timeline-chart", { path: CHART_SCREENSHOT, contentType: "image/png" });
});

test("an event whose source is a javascript: URL is refused and nothing is stored", async ({ asAnalyst: { page } }) => {
  const forecast = await forecastWithContraryIndicator(page);
  const eventTitle = `Unverified claim of an attack (${unique()})`;
  const markersBefore = await forecast.eventMarkers.count();

  await forecast.openEventForm();
  await forecast.submitNewEvent({
    title: eventTitle,
    occurredOn: dayFromToday(-1),
    sourceUrl: "javascript:alert(document.cookie)",
    reliability: "E",
    credibility: "4",
    indicators: [INDICATOR],
  });
  const source = forecast.eventForm.getByLabel("Source URL (optional)");
  await expect(source).toHaveAttribute("aria-invalid", "true");
  await expect(source).toHaveAccessibleDescription(/must be an http:\/\/ or https:\/\/ link/);

  // Re-read: the page and the events list know nothing of it, and the assessment did not move.
  await page.reload();
  await expect(forecast.assessmentStatus).toHaveText("Holding");
  await expect(forecast.indicator(INDICATOR)).toHaveAttribute("data-status", "pending");
  await expect(forecast.eventMarkers).toHaveCount(markersBefore);
  await expect(page.getByText(eventTitle)).toHaveCount(0);
  await page.goto("/events");
  await expect(page.getByText("Drone attack on the Prime Minister's residence in Baghdad")).toBeVisible();
  await expect(page.getByText(eventTitle)).toHaveCount(0);
});

test("the example forecast's chart marks each of its events", async ({ asAnalyst: { page } }) => {
  const list = new ForecastListPage(page);
  await list.goto();
  await list.open(EXAMPLE);
  const forecast = new ForecastPage(page);
  const linked = await forecast.linkedEvents.count();
  expect(linked).toBeGreaterThanOrEqual(3);
  await expect(forecast.eventMarkers).toHaveCount(linked);
  await expect(forecast.eventMarkers.filter({ has: page.locator("path") })).toHaveCount(linked);
  await expect(forecast.chart.getByRole("img", { name: /Drone attack on the Prime Minister's residence in Baghdad/ })).toBeVisible();
  await expect(forecast.impliedLine).toHaveAttribute("stroke-dasharray", "6 4");
  await expect(forecast.impliedLine).toBeVisible();
  await expect(forecast.visibleLine("Example Analyst (author)").first()).toBeVisible();
});

test("refused API writes change nothing", async ({ asAnalyst: { page }, request: anonymous }) => {
  const api = page.request;
  const found = await api.get(`/api/v1/forecasts?${new URLSearchParams({ q: "lethal attacks on US forces in Iraq by the end of 2021" })}`);
  expect(found.status()).toBe(200);
  const { items } = (await found.json()) as { items: { id: string; title: string }[] };
  const example = items.find((f) => f.title === EXAMPLE);
  expect(example, "the example forecast is listed").toBeDefined();
  const read = async () => (await (await api.get(`/api/v1/forecasts/${example!.id}`)).json()) as {
    status: string;
    scenarios: { id: string; baseline: boolean }[];
    predictions: unknown[];
    indicators: unknown[];
  };
  const before = await read();
  const refusedEvent = `Refused event (${unique()})`;

  await test.step("no session: 401", async () => {
    const response = await anonymous.post(`/api/v1/forecasts/${example!.id}/predictions`, { data: {} });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toEqual(expect.any(String));
  });

  await test.step("an indicator on someone else's forecast: 403", async () => {
    const response = await api.post(`/api/v1/forecasts/${example!.id}/indicators`, {
      data: { scenarioId: before.scenarios[0].id, description: "Not mine to add", direction: "for", likelihoodRatio: 3 },
    });
    expect(response.status()).toBe(403);
  });

  await test.step("a prediction after the horizon: 409", async () => {
    expect(before.status).not.toBe("open");
    const [yes, no] = before.scenarios;
    const response = await api.post(`/api/v1/forecasts/${example!.id}/predictions`, { data: { probabilities: { [yes.id]: 60, [no.id]: 40 } } });
    expect(response.status()).toBe(409);
  });

  await test.step("an event with a javascript: source: 422 naming the field", async () => {
    const response = await api.post("/api/v1/events", { data: { occurredAt: "2021-11-01", title: refusedEvent, sourceUrl: "javascript:alert(1)" } });
    expect(response.status()).toBe(422);
    expect(JSON.stringify((await response.json()).error.details)).toContain("sourceUrl");
  });

  const after = await read();
  expect(after.predictions).toEqual(before.predictions);
  expect(after.indicators).toEqual(before.indicators);
  const forecast = new ForecastPage(page);
  await forecast.goto(example!.id);
  await expect(page.getByText(/it takes no new predictions/)).toBeVisible();
  await expect(page.locator("summary", { hasText: "Add an indicator" })).toHaveCount(0);
  await page.goto("/events");
  await expect(page.getByText("Drone attack on the Prime Minister's residence in Baghdad")).toBeVisible();
  await expect(page.getByText(refusedEvent)).toHaveCount(0);
});
