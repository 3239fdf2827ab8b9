import { expect, type Page } from "@playwright/test";

/** What the specs need of a forecast made through the API. */
export interface MadeForecast {
  id: string;
  title: string;
  createdAt: number;
  closesAt: number;
  /** Scenario ids by label: "Yes" and "No". */
  scenario: Record<string, string>;
}

/**
 * A yes/no forecast made through the API as the person signed in on `page` (their first prediction
 * included): the quick way to a forecast with a short horizon, since predictions can't be back-dated.
 */
export async function makeForecast(page: Page, input: { title: string; closesAt: number; yes: number; tags?: string[] }): Promise<MadeForecast> {
  const response = await page.request.post("/api/v1/forecasts", {
    data: {
      title: input.title,
      statement: `${input.title}: a drone attack on Erbil airport is reported.`,
      resolutionCriteria: "Yes if a credible outlet reports the attack before the horizon.",
      closesAt: new Date(input.closesAt).toISOString(),
      tags: input.tags ?? [],
      scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
      probabilities: [input.yes, 100 - input.yes],
      rationale: "First look.",
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { id: string; createdAt: string; scenarios: { id: string; label: string }[] };
  return { id: body.id, title: input.title, createdAt: Date.parse(body.createdAt), closesAt: input.closesAt, scenario: Object.fromEntries(body.scenarios.map((s) => [s.label, s.id])) };
}

/** A prediction through the API: `yes` percent on Yes, the rest on No. */
export async function predict(page: Page, forecast: MadeForecast, yes: number): Promise<number> {
  const response = await page.request.post(`/api/v1/forecasts/${forecast.id}/predictions`, {
    data: { probabilities: { [forecast.scenario.Yes]: yes, [forecast.scenario.No]: 100 - yes }, rationale: "Updated." },
  });
  expect(response.status(), await response.text()).toBe(201);
  return Date.parse(((await response.json()) as { createdAt: string }).createdAt);
}

/** An indicator for Yes and an event linked to it, as the forecast's author; returns the event's title. */
export async function addEvidence(page: Page, forecast: MadeForecast, eventTitle: string): Promise<string> {
  const indicator = await page.request.post(`/api/v1/forecasts/${forecast.id}/indicators`, {
    data: { scenarioId: forecast.scenario.Yes, description: "Drones launched toward Erbil", direction: "for", likelihoodRatio: 3 },
  });
  expect(indicator.status(), await indicator.text()).toBe(201);
  const event = await page.request.post("/api/v1/events", {
    data: { occurredAt: new Date().toISOString().slice(0, 10), title: eventTitle, indicatorIds: [((await indicator.json()) as { id: string }).id] },
  });
  expect(event.status(), await event.text()).toBe(201);
  return eventTitle;
}

/** Resolves through the API as the reviewer signed in on `page`; returns the response for the caller to check. */
export function resolveThroughApi(page: Page, forecast: MadeForecast, outcome: "Yes" | "No", outcomeKnownAt: number) {
  return page.request.post(`/api/v1/forecasts/${forecast.id}/resolution`, {
    data: { outcomeScenarioId: forecast.scenario[outcome], outcomeKnownAt: new Date(outcomeKnownAt).toISOString(), rationale: "Reported by several outlets." },
  });
}

/** Waits until the forecast's horizon has passed, so it joins the resolution queue. */
export async function waitUntilClosed(page: Page, forecast: MadeForecast): Promise<void> {
  const left = forecast.closesAt - Date.now();
  if (left > 0) await page.waitForTimeout(left + 250);
}
