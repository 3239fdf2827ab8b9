import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { insertForecast } from "@/db/queries/forecasts";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../../route";
import { GET as getForecast } from "../route";
import { POST } from "./route";

useTempDatabase();

let ada: Persona;
let bob: Persona;
let mia: Persona;
let forecastId: string;
let yes: string;
let no: string;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  mia = await persona("Mia", "manager");
  const { body } = await call(createForecast, "POST", { token: ada.token, body: forecastInput() });
  forecastId = body.id;
  [yes, no] = body.scenarios.map((s: { id: string }) => s.id);
});

async function predictionCount(): Promise<number> {
  const { body } = await call(getForecast, "GET", { token: ada.token, params: { id: forecastId } });
  return body.predictions.length;
}

const predict = (token: string, body: unknown, id = forecastId) => call(POST, "POST", { token, body, params: { id } });

describe("POST /api/v1/forecasts/:id/predictions", () => {
  test("any analyst adds a prediction; the history keeps every one", async () => {
    const before = await predictionCount();
    const { status, body } = await predict(bob.token, { probabilities: { [yes]: 40, [no]: 60 }, rationale: "Erbil attack." });
    expect(status).toBe(201);
    expect(body).toMatchObject({ analystId: bob.actor.id, probabilities: { [yes]: 40, [no]: 60 }, rationale: "Erbil attack." });
    expect(await predictionCount()).toBe(before + 1);
    const { body: forecast } = await call(getForecast, "GET", { token: mia.token, params: { id: forecastId } });
    expect(forecast.predictions.at(-1).probabilities).toEqual({ [yes]: 40, [no]: 60 });
  });

  test.each([
    ["a sum of 100.1", () => ({ probabilities: { [yes]: 40.1, [no]: 60 } }), () => "probabilities"],
    ["a value below 0.1", () => ({ probabilities: { [yes]: 0.05, [no]: 99.95 } }), () => `probabilities.${yes}`],
    ["an unknown scenario id", () => ({ probabilities: { [yes]: 40, nope: 60 } }), () => "probabilities.nope"],
    ["a missing scenario", () => ({ probabilities: { [yes]: 99.9 } }), () => "probabilities"],
    ["a probability as text", () => ({ probabilities: { [yes]: "forty", [no]: 60 } }), () => `probabilities.${yes}`],
  ])("%s: 422 naming the field, nothing stored", async (_label, body, field) => {
    const before = await predictionCount();
    const response = await predict(bob.token, body());
    expect(response.status).toBe(422);
    expect(response.body.error.details.map((d: { field: string }) => d.field)).toContain(field());
    expect(await predictionCount()).toBe(before);
  });

  test("a sum within ±0.05 of 100 is accepted", async () => {
    expect((await predict(bob.token, { probabilities: { [yes]: 33.3, [no]: 66.7 } })).status).toBe(201);
  });

  test("a manager without the analyst role: 403, nothing stored", async () => {
    const before = await predictionCount();
    expect((await predict(mia.token, { probabilities: { [yes]: 50, [no]: 50 } })).status).toBe(403);
    expect(await predictionCount()).toBe(before);
  });

  test("no token: 401; unknown forecast: 404; malformed JSON: 400", async () => {
    expect((await predict("", { probabilities: { [yes]: 50, [no]: 50 } })).status).toBe(401);
    expect((await predict(bob.token, { probabilities: {} }, "no-such-forecast")).status).toBe(404);
    expect((await call(POST, "POST", { token: bob.token, rawBody: "{", params: { id: forecastId } })).status).toBe(400);
  });

  test("after closesAt: 409 and nothing stored", async () => {
    const closedId = crypto.randomUUID();
    const scenarioIds = [crypto.randomUUID(), crypto.randomUUID()];
    // A forecast whose horizon has passed can only exist by waiting or by import; insert it directly.
    insertForecast(getDb(), {
      id: closedId, title: "Closed", statement: "s", resolutionCriteria: "r", closesAt: Date.now() - 1000, createdAt: Date.now() - 10_000,
      confidence: null, teamId: null, authorId: ada.actor.id, reportId: null, excerpt: null, tags: [],
      scenarios: [{ id: scenarioIds[0], label: "Yes", description: "", baseline: true }, { id: scenarioIds[1], label: "No", description: "", baseline: false }],
    });
    const response = await predict(bob.token, { probabilities: { [scenarioIds[0]]: 50, [scenarioIds[1]]: 50 } }, closedId);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("forecast_closed");
    const { body } = await call(getForecast, "GET", { token: ada.token, params: { id: closedId } });
    expect(body.status).toBe("closed");
    expect(body.predictions).toHaveLength(0);
  });
});

describe("GET /api/v1/forecasts/:id", () => {
  test("answers SPEC §6's fields", async () => {
    const { status, body } = await call(getForecast, "GET", { token: mia.token, params: { id: forecastId } });
    expect(status).toBe(200);
    for (const key of ["id", "title", "statement", "resolutionCriteria", "closesAt", "createdAt", "confidence", "tags", "status", "authorId", "reportId", "excerpt", "scenarios", "predictions", "indicators", "events", "resolution", "assessment", "scores"]) {
      expect(body).toHaveProperty(key);
    }
    expect(body.scenarios[0]).toEqual({ id: yes, label: "Low-level only", description: "", baseline: true });
    expect(body.assessment).toMatchObject({ status: "holding", implied: { [yes]: 67.5, [no]: 32.5 } });
  });

  test("an unknown id is 404 in the error shape", async () => {
    const { status, body } = await call(getForecast, "GET", { token: mia.token, params: { id: "nope" } });
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});

describe("predictions are append-only", () => {
  test("the predictions route answers POST only: Next.js refuses PUT, PATCH and DELETE with 405", async () => {
    const exported = Object.keys(await import("./route"));
    expect(exported).toEqual(["POST"]);
  });
});
