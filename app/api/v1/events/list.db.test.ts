import { beforeAll, describe, expect, test } from "vitest";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../forecasts/route";
import { POST as addIndicator } from "../forecasts/[id]/indicators/route";
import { GET, POST } from "./route";

useTempDatabase();

let ada: Persona;
let forecastId: string;
const ids: Record<string, string> = {};

async function record(key: string, body: Record<string, unknown>) {
  const { status, body: created } = await call(POST, "POST", { token: ada.token, body });
  expect(status).toBe(201);
  ids[key] = created.id;
}

const list = async (query: Record<string, string>) => {
  const { status, body } = await call(GET, "GET", { token: ada.token, query });
  return { status, body, ids: (body.items ?? []).map((i: { id: string }) => i.id) as string[] };
};

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  const forecast = await call(createForecast, "POST", { token: ada.token, body: forecastInput() });
  forecastId = forecast.body.id;
  const indicator = await call(addIndicator, "POST", {
    token: ada.token,
    params: { id: forecastId },
    body: { scenarioId: forecast.body.scenarios[1].id, description: "A drone strike on a base", direction: "for", likelihoodRatio: 3 },
  });
  await record("erbil", { occurredAt: "2021-09-11", title: "Drone attack on Erbil airport", sourceReliability: "B", infoCredibility: 2, indicatorIds: [indicator.body.id] });
  await record("elections", { occurredAt: "2021-10-10", title: "Iraq holds parliamentary elections", description: "Turnout 41%.", sourceReliability: "A", infoCredibility: 1 });
  await record("tanf", { occurredAt: "2021-10-20", title: "Drones strike al-Tanf garrison", sourceReliability: "C", infoCredibility: 3 });
  await record("ungraded", { occurredAt: "2021-11-07", title: "Drone attack on the Prime Minister's residence" });
});

describe("GET /api/v1/events", () => {
  test("newest first, in SPEC §6's shape, with the forecasts each bears on", async () => {
    const { status, body, ids: found } = await list({});
    expect(status).toBe(200);
    expect(found).toEqual([ids.ungraded, ids.tanf, ids.elections, ids.erbil]);
    const erbil = body.items.find((i: { id: string }) => i.id === ids.erbil);
    expect(erbil).toEqual({
      id: ids.erbil,
      occurredAt: "2021-09-11T00:00:00.000Z",
      title: "Drone attack on Erbil airport",
      description: "",
      sourceUrl: null,
      sourceReliability: "B",
      infoCredibility: 2,
      forecastIds: [forecastId],
    });
    expect(body.nextCursor).toBeNull();
  });

  test("q matches words in any order: 'erbil drone'", async () => {
    expect((await list({ q: "erbil drone" })).ids).toEqual([ids.erbil]);
    expect((await list({ q: "drone" })).ids).toEqual([ids.ungraded, ids.tanf, ids.erbil]);
  });

  test("reliability B keeps A and B; credibility 2 keeps 1 and 2", async () => {
    expect((await list({ reliability: "B" })).ids).toEqual([ids.elections, ids.erbil]);
    expect((await list({ credibility: "1" })).ids).toEqual([ids.elections]);
  });

  test("from and to are inclusive days", async () => {
    expect((await list({ from: "2021-10-10", to: "2021-10-20" })).ids).toEqual([ids.tanf, ids.elections]);
  });

  test("a from-date after the to-date is refused, naming 'to'", async () => {
    const { status, body } = await list({ from: "2021-11-01", to: "2021-10-01" });
    expect(status).toBe(400);
    expect(body.error.details).toEqual([{ field: "to", message: expect.stringContaining("before") }]);
  });

  test("pages by cursor: every event once, in order", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ limit: "3", ...(cursor ? { cursor } : {}) });
      seen.push(...page.ids);
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([ids.ungraded, ids.tanf, ids.elections, ids.erbil]);
  });

  test("a made-up cursor or a limit over 200 is a 400", async () => {
    expect((await list({ cursor: "nonsense" })).status).toBe(400);
    expect((await list({ limit: "201" })).status).toBe(400);
  });

  test("without a token: 401", async () => {
    expect((await call(GET, "GET", { token: null })).status).toBe(401);
  });
});
