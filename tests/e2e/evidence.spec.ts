import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { dayFromToday, expect, test, unique } from "./fixtures";
import { outcomeOf } from "./pages/event-fields";
import { EventsPage } from "./pages/events-page";
import { ForecastFormPage } from "./pages/forecast-form-page";
import { ForecastListPage } from "./pages/forecast-list-page";
import { ForecastPage } from "./pages/forecast-page";
import { ReportFormPage } from "./pages/report-form-page";

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
  await expect(forecast.eventOutcome).toHaveText(`“${eventTitle}” is attached to 1 indicator; the assessment and the chart are updated.`);

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
  const source = forecast.eventFields.sourceUrl;
  await expect(source).toHaveAttribute("aria-invalid", "true");
  await expect(source).toHaveAccessibleDescription(/Enter a link that starts with http:\/\/ or https:\/\/\.$/);

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

const DRONE_ON_PM = "Drone attack on the Prime Minister's residence in Baghdad";

/** A day as the app shows it ("7 Nov 2021"), in UTC like every date on its pages. */
function shown(day: string | Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(day));
}

/** No serious or critical WCAG 2 A/AA violation on the page as it is now (a form showing its errors). */
async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

async function expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(typeof message === "string" ? new RegExp(`${escapeRegExp(message)}$`) : message);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test.describe("how forms word their errors", () => {
  test("an empty event form speaks in its labels, beside each field, and says how many need attention", async ({ asAnalyst: { page } }) => {
    const events = new EventsPage(page);
    await events.goto();
    await events.openRecordForm();
    await events.record.click();

    const outcome = outcomeOf(events.recordForm);
    await expect(outcome).toHaveText("2 fields need attention: see below.");
    await expectFieldError(events.fields.title, "Say what happened, in a short title.");
    await expectFieldError(events.fields.occurredOn, "Enter a date.");
    await expect(events.fields.sourceUrl).toHaveAttribute("aria-invalid", "false");
    await expect(events.fields.title).toBeFocused();
    await expect(events.recordForm).not.toContainText(/occurredAt|ISO 8601|and 1 more|must be/);
    await expectNoSeriousAxeViolations(page);

    // A day not yet come is refused in words too; then, corrected, the success replaces the error.
    const title = `Rocket attack on Victory base (${unique()})`;
    await events.fields.fill({ title, occurredOn: dayFromToday(2) });
    await events.record.click();
    await expect(outcome).toHaveText("1 field needs attention: see below.");
    await expectFieldError(events.fields.occurredOn, "That day has not come yet: enter the day it happened.");
    await events.fields.occurredOn.fill("2021-12-01");
    await events.record.click();
    await expect(outcome).toHaveText(`Recorded: “${title}”, 1 Dec 2021.`);
    await expect(events.recordForm.getByRole("alert")).toHaveCount(0);
    await expect(events.fields.title).toHaveValue("");
    await expect(events.fields.occurredOn).toHaveAttribute("aria-invalid", "false");
  });

  test("an indicator's “expected by” can't be before the forecast was made; one message at a time", async ({ asAnalyst: { page } }) => {
    const forecast = await forecastWithContraryIndicator(page);
    const forecastId = new URL(page.url()).pathname.split("/").at(-1)!;
    const madeOn = shown(new Date());
    const expectedBy = forecast.indicatorForm.getByLabel("Expected by (optional)");
    const description = forecast.indicatorForm.getByLabel("Indicator", { exact: true });
    const truce = `The militias announce a truce (${unique()})`;
    const tooEarly = `Choose ${madeOn} or later: an indicator can't be expected before the forecast was made.`;
    await expect(forecast.indicatorOutcome).toHaveText(`Indicator added: “${INDICATOR}”.`);
    await expect(forecast.indicatorOutcome).toHaveCount(1);

    // The error replaces the success above the form, and stands beside the field with the day.
    await forecast.submitIndicator({ description: truce, scenario: `${BASELINE} (baseline)`, direction: "For", strength: "Weak", expectedBy: dayFromToday(-1) });
    await expect(forecast.indicatorOutcome).toHaveText("1 field needs attention: see below.");
    await expect(forecast.indicatorOutcome).toHaveCount(1);
    await expectFieldError(expectedBy, tooEarly);
    await description.fill("");
    await forecast.indicatorForm.getByRole("button", { name: "Add indicator" }).click();
    await expect(forecast.indicatorOutcome).toHaveText("2 fields need attention: see below.");
    await expectFieldError(description, "Describe something observable that would bear on a scenario.");
    await expectNoSeriousAxeViolations(page);

    // The API refuses it too, naming the field; nothing was stored.
    const refused = await page.request.post(`/api/v1/forecasts/${forecastId}/indicators`, {
      data: { scenarioId: (await (await page.request.get(`/api/v1/forecasts/${forecastId}`)).json()).scenarios[0].id, description: truce, direction: "for", likelihoodRatio: 1.5, expectedBy: dayFromToday(-1) },
    });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).error.details).toEqual([{ field: "expectedBy", message: tooEarly }]);
    await page.reload();
    await expect(forecast.indicatorBoard.getByTestId("indicator")).toHaveCount(1);

    // The day the forecast was made is fine; the success replaces the errors.
    await forecast.submitIndicator({ description: truce, scenario: `${BASELINE} (baseline)`, direction: "For", strength: "Weak", expectedBy: dayFromToday(0) });
    await expect(forecast.indicatorOutcome).toHaveText(`Indicator added: “${truce}”.`);
    await expect(forecast.indicatorForm.getByRole("alert")).toHaveCount(0);
    await expect(description).toHaveValue("");
    await expect(forecast.indicator(truce)).toContainText(`Pending, expected by ${madeOn}`);
  });

  test("attaching an event from before the forecast warns that it counts from the start, and attaches it all the same", async ({ asAnalyst: { page } }) => {
    const forecast = await forecastWithContraryIndicator(page);
    const forecastId = new URL(page.url()).pathname.split("/").at(-1)!;
    const madeOn = shown(new Date());
    const warning = (day: string) => `This event happened on ${day}, before the forecast was made (${madeOn}): it will count from the start of the evidence-implied line.`;

    // A new event typed with an earlier day: a warning beside the date, not an error.
    await forecast.openEventForm();
    await forecast.eventFields.occurredOn.fill("2021-11-07");
    await expect(forecast.eventFields.occurredOn).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(warning("7 Nov 2021"))}$`));
    await expect(forecast.eventFields.occurredOn).toHaveAttribute("aria-invalid", "false");
    await forecast.eventFields.occurredOn.fill(dayFromToday(0));
    await expect(forecast.eventForm.getByText("it will count from the start")).toHaveCount(0);

    // An event already recorded, from 2021: the same warning, read with the choice.
    await forecast.chooseExistingEvent(DRONE_ON_PM);
    const choice = forecast.eventForm.getByLabel("Event", { exact: true });
    await expect(choice).toHaveAccessibleDescription(warning("7 Nov 2021"));
    await expectNoSeriousAxeViolations(page);
    await forecast.indicatorCheckbox(INDICATOR).check();
    await forecast.eventForm.getByRole("button", { name: "Attach event" }).click();
    await expect(forecast.eventOutcome).toHaveText(`“${DRONE_ON_PM}” is attached to 1 indicator; the assessment and the chart are updated.`);
    await expect(forecast.indicator(INDICATOR)).toHaveAttribute("data-status", "observed");
    await expect(forecast.indicator(INDICATOR)).toContainText("1 event linked");
    await expect(forecast.assessmentStatus).toHaveText("Contested");

    // Sending the emptied form again: the error replaces the success (never both).
    await forecast.eventForm.getByRole("button", { name: "Attach event" }).click();
    await expect(forecast.eventOutcome).toHaveText("2 fields need attention: see below.");
    await expect(forecast.eventOutcome).toHaveCount(1);
    await expectFieldError(choice, "Choose an event.");
    await expectFieldError(forecast.indicatorCheckbox(INDICATOR), "Choose at least one indicator.");
    await expectNoSeriousAxeViolations(page);

    // The API links an earlier event as it always has.
    const detail = await (await page.request.get(`/api/v1/forecasts/${forecastId}`)).json();
    const older = await page.request.post("/api/v1/events", { data: { occurredAt: "2020-01-03", title: `Strike at Baghdad airport (${unique()})` } });
    expect(older.status()).toBe(201);
    const link = await page.request.post(`/api/v1/events/${(await older.json()).id}/links`, { data: { indicatorId: detail.indicators[0].id } });
    expect(link.status()).toBe(201);
    await page.reload();
    await expect(forecast.indicator(INDICATOR)).toContainText("2 events linked");
  });

  test("a refused retirement is said beside its button", async ({ asAnalyst: { page } }) => {
    const forecast = await forecastWithContraryIndicator(page);
    const retire = page.getByRole("button", { name: `Retire indicator: ${INDICATOR}` });
    // Someone (the same author, in another tab) retires it first.
    const otherTab = await page.context().newPage();
    await otherTab.goto(page.url());
    otherTab.on("dialog", (dialog) => dialog.accept());
    await otherTab.getByRole("button", { name: `Retire indicator: ${INDICATOR}` }).click();
    await expect(new ForecastPage(otherTab).indicator(INDICATOR)).toContainText("no longer counted");
    await otherTab.close();

    page.on("dialog", (dialog) => dialog.accept());
    await retire.click();
    await expect(retire).toHaveAccessibleDescription("Not retired: This indicator is already retired.");
    await expect(forecast.indicator(INDICATOR).getByRole("alert")).toHaveText("Not retired: This indicator is already retired.");
  });

  test("an empty report form says how many fields need attention, each in its label's words", async ({ asAnalyst: { page } }) => {
    const form = new ReportFormPage(page);
    await form.goto();
    await form.submit.click();
    const outcome = outcomeOf(form.form);
    await expect(outcome).toContainText("The report was not saved");
    await expect(outcome).toContainText("3 fields need attention: see below.");
    await expectFieldError(form.title, "Title is required.");
    await expectFieldError(form.publishedOn, "Publication date must be a date such as 2021-08-10.");
    await expect(form.body).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousAxeViolations(page);
  });
});
