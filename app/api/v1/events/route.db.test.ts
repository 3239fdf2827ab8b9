import { beforeAll, describe, expect, test } from "vitest";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../forecasts/route";
import { GET as getForecast } from "../forecasts/[id]/route";
import { POST as addIndicator } from "../forecasts/[id]/indicators/route";
import { GET as getTimeline } from "../forecasts/[id]/timeline/route";
import { POST as linkEvent } from "./[id]/links/route";
import { POST as recordEvent } from "./route";

useTempDatabase();

let ada: Persona;
let bob: Persona;
let rex: Persona;
let forecastId: string;
let baseline: string;
let alternative: string;
let otherForecastScenario: string;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  rex = await persona("Rex", "reviewer");
  const created = await call(createForecast, "POST", { token: ada.token, body: forecastInput({ probabilities: [60, 40] }) });
  forecastId = created.body.id;
  [baseline, alternative] = created.body.scenarios.map((s: { id: string }) => s.id);
  const other = await call(createForecast, "POST", { token: bob.token, body: forecastInput({ title: "Another" }) });
  otherForecastScenario = other.body.scenarios[0].id;
});

const forecast = async () => (await call(getForecast, "GET", { token: rex.token, params: { id: forecastId } })).body;
const indicator = (token: string, body: unknown) => call(addIndicator, "POST", { token, body, params: { id: forecastId } });

describe("indicators", () => {
  test("the author adds one; it starts pending", async () => {
    const { status, body } = await indicator(ada.token, { scenarioId: baseline, description: "Convoy IEDs continue", direction: "for", likelihoodRatio: 1.5 });
    expect(status).toBe(201);
    expect(body).toMatchObject({ scenarioId: baseline, direction: "for", likelihoodRatio: 1.5, status: "pending", observedAt: null, expectedBy: null });
  });

  test("another analyst gets 403 and nothing is added", async () => {
    const before = (await forecast()).indicators.length;
    const { status } = await indicator(bob.token, { scenarioId: baseline, description: "x", direction: "for", likelihoodRatio: 3 });
    expect(status).toBe(403);
    expect((await forecast()).indicators.length).toBe(before);
  });

  test.each([
    ["a scenario of another forecast", () => ({ scenarioId: otherForecastScenario, description: "x", direction: "for", likelihoodRatio: 3 }), "scenarioId"],
    ["a likelihood ratio of 1", () => ({ scenarioId: baseline, description: "x", direction: "for", likelihoodRatio: 1 }), "likelihoodRatio"],
    ["an unknown direction", () => ({ scenarioId: baseline, description: "x", direction: "sideways", likelihoodRatio: 3 }), "direction"],
    ["an empty description", () => ({ scenarioId: baseline, description: " ", direction: "for", likelihoodRatio: 3 }), "description"],
  ])("%s: 422 naming the field", async (_label, body, field) => {
    const before = (await forecast()).indicators.length;
    const { status, body: error } = await indicator(ada.token, body());
    expect(status).toBe(422);
    expect(error.error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await forecast()).indicators.length).toBe(before);
  });
});

describe("events, links and the assessment", () => {
  test("an event linked to an 'against' indicator of the baseline makes the forecast contested", async () => {
    const against = await indicator(ada.token, { scenarioId: baseline, description: "Lethal attack on a US base", direction: "against", likelihoodRatio: 3 });
    expect((await forecast()).assessment.status).toBe("holding");
    const event = await call(recordEvent, "POST", {
      token: bob.token,
      body: { occurredAt: "2021-09-11", title: "Drone attack on Erbil airport", sourceUrl: "https://example.org/erbil", sourceReliability: "B", infoCredibility: 2, indicatorIds: [against.body.id] },
    });
    expect(event.status).toBe(201);
    expect(event.body).toMatchObject({ occurredAt: "2021-09-11T00:00:00.000Z", sourceReliability: "B", infoCredibility: 2, indicatorIds: [against.body.id] });
    const after = await forecast();
    // prior 60/40; against baseline ×1/3: 20 vs 40 -> baseline 33.3%, alternative 66.7% -> overtaken
    expect(after.assessment.status).toBe("overtaken");
    expect(after.assessment.implied[baseline]).toBeCloseTo(100 / 3, 6);
    expect(after.indicators.find((i: { id: string }) => i.id === against.body.id)).toMatchObject({ status: "observed", observedAt: "2021-09-11T00:00:00.000Z" });
    expect(after.events).toHaveLength(1);
  });

  test("linking the same event to the same indicator twice is 409", async () => {
    const target = await indicator(ada.token, { scenarioId: alternative, description: "Militias claim a lethal attack", direction: "for", likelihoodRatio: 10 });
    const event = await call(recordEvent, "POST", { token: bob.token, body: { occurredAt: "2021-10-20", title: "al-Tanf attack" } });
    const first = await call(linkEvent, "POST", { token: bob.token, body: { indicatorId: target.body.id, note: "claimed" }, params: { id: event.body.id } });
    expect(first.status).toBe(201);
    const second = await call(linkEvent, "POST", { token: bob.token, body: { indicatorId: target.body.id }, params: { id: event.body.id } });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe("duplicate_link");
  });

  test.each([
    ["a date in the future", { occurredAt: "2999-01-01", title: "Later" }, "occurredAt"],
    ["a javascript: source URL", { occurredAt: "2021-01-01", title: "x", sourceUrl: "javascript:alert(1)" }, "sourceUrl"],
    ["an ftp source URL", { occurredAt: "2021-01-01", title: "x", sourceUrl: "ftp://example.org/x" }, "sourceUrl"],
    ["reliability G", { occurredAt: "2021-01-01", title: "x", sourceReliability: "G" }, "sourceReliability"],
    ["credibility 7", { occurredAt: "2021-01-01", title: "x", infoCredibility: 7 }, "infoCredibility"],
    ["an unknown indicator", { occurredAt: "2021-01-01", title: "x", indicatorIds: ["nope"] }, "indicatorIds.0"],
  ])("%s: 422 naming the field", async (_label, body, field) => {
    const { status, body: error } = await call(recordEvent, "POST", { token: bob.token, body });
    expect(status).toBe(422);
    expect(error.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  test("a reviewer without the analyst role cannot record events (403); no token is 401", async () => {
    expect((await call(recordEvent, "POST", { token: rex.token, body: { occurredAt: "2021-01-01", title: "x" } })).status).toBe(403);
    expect((await call(recordEvent, "POST", { token: null, body: { occurredAt: "2021-01-01", title: "x" } })).status).toBe(401);
  });

  test("the timeline has a point for every day and for each event, with the implied shift", async () => {
    const { status, body } = await call(getTimeline, "GET", { token: rex.token, params: { id: forecastId } });
    expect(status).toBe(200);
    expect(body.points.length).toBeGreaterThan(0);
    expect(body.points[0]).toEqual(expect.objectContaining({ date: expect.any(String), stated: expect.any(Object), implied: expect.any(Object), status: expect.any(String) }));
    expect(body.events.map((e: { title: string }) => e.title)).toEqual(["Drone attack on Erbil airport", "al-Tanf attack"]);
    expect(body.points.at(-1).stated[ada.actor.id]).toEqual({ [baseline]: 60, [alternative]: 40 });
  });
});
