import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../../route";
import { GET as getForecast } from "../route";
import { POST } from "./route";

useTempDatabase();

const DAY = 86_400_000;

let ada: Persona;
let forecastId: string;
let createdAt: string;
let baseline: string;
/** A day counted from the day the forecast was made, as a date input sends it. */
const day = (offset: number) => new Date(Date.parse(createdAt) + offset * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  const { body } = await call(createForecast, "POST", { token: ada.token, body: forecastInput() });
  forecastId = body.id;
  createdAt = body.createdAt;
  baseline = body.scenarios[0].id;
});

const indicators = async () => (await call(getForecast, "GET", { token: ada.token, params: { id: forecastId } })).body.indicators as { description: string }[];
const add = (body: Record<string, unknown>) =>
  call(POST, "POST", { token: ada.token, params: { id: forecastId }, body: { scenarioId: baseline, direction: "against", likelihoodRatio: 3, ...body } });

describe("POST /api/v1/forecasts/:id/indicators: expectedBy", () => {
  test("before the day the forecast was made: 422 naming expectedBy with that day, and nothing stored", async () => {
    const before = await indicators();
    const auditBefore = (await listAudit(getDb(), { entity: "indicator", limit: 100 })).length;
    const madeOn = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(createdAt));

    const { status, body } = await add({ description: "Expected yesterday", expectedBy: day(-1) });

    expect(status).toBe(422);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details).toEqual([{ field: "expectedBy", message: `Choose ${madeOn} or later: an indicator can't be expected before the forecast was made.` }]);
    expect(body.error.message).toMatch(/^expectedBy: /);
    expect(await indicators()).toEqual(before);
    expect((await listAudit(getDb(), { entity: "indicator", limit: 100 })).length).toBe(auditBefore);
  });

  test("a date-time years before, with a bad scenario too: both fields named at once", async () => {
    const { status, body } = await add({ description: "Expected long ago", expectedBy: "2021-08-01T12:00:00Z", scenarioId: "not-a-scenario" });
    expect(status).toBe(422);
    expect(body.error.details.map((d: { field: string }) => d.field)).toEqual(["scenarioId", "expectedBy"]);
  });

  test.each([
    ["the day the forecast was made", 0],
    ["a later day", 30],
  ])("%s is accepted", async (_label, offset) => {
    const { status, body } = await add({ description: `Expected in ${offset} days`, expectedBy: day(offset) });
    expect(status).toBe(201);
    expect(body.expectedBy).toBe(`${day(offset)}T00:00:00.000Z`);
  });

  test("no expectedBy is accepted", async () => {
    expect((await add({ description: "Expected whenever" })).status).toBe(201);
  });
});
