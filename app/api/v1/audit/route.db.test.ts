import { beforeAll, describe, expect, test } from "vitest";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../forecasts/route";
import { GET } from "./route";

useTempDatabase();

let admin: Persona;
let ada: Persona;
let forecastId: string;

beforeAll(async () => {
  admin = await persona("Root", "admin");
  ada = await persona("Ada", "analyst");
  forecastId = (await call(createForecast, "POST", { token: ada.token, body: forecastInput() })).body.id;
});

describe("GET /api/v1/audit", () => {
  test("admins read who did what, with the state after, newest first", async () => {
    const { status, body } = await call(GET, "GET", { token: admin.token, query: { entity: "forecast" } });
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ actorId: ada.actor.id, action: "forecast.create", entity: "forecast", entityId: forecastId, before: null });
    expect(body.items[0].after.title).toBe(forecastInput().title);
  });

  test("pages with a cursor", async () => {
    const first = await call(GET, "GET", { token: admin.token, query: { limit: "1" } });
    const second = await call(GET, "GET", { token: admin.token, query: { limit: "1", cursor: first.body.nextCursor } });
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(Date.parse(second.body.items[0].at)).toBeLessThanOrEqual(Date.parse(first.body.items[0].at));
  });

  test("an analyst gets 403, no token 401, a bad limit 400", async () => {
    expect((await call(GET, "GET", { token: ada.token })).status).toBe(403);
    expect((await call(GET, "GET", { token: null })).status).toBe(401);
    expect((await call(GET, "GET", { token: admin.token, query: { limit: "500" } })).status).toBe(400);
  });
});
