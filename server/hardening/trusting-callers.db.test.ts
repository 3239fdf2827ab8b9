import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { addIndicator } from "../evidence/add-indicator";
import { linkEventToIndicators } from "../evidence/link-event";
import { listEvents } from "../evidence/list-events";
import { recordEvent } from "../evidence/record-event";
import { createForecast } from "../forecasts/create-forecast";
import { getForecast } from "../forecasts/get-forecast";
import { listForecasts } from "../forecasts/list-forecasts";
import { newForecastContext } from "../forecasts/new-forecast-context";
import { createToken } from "../tokens/create-token";
import { listMyTokens } from "../tokens/list-tokens";

useTempDatabase();

let ada: Persona;
let bob: Persona;
let rex: Persona;
let adm: Persona;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  rex = await persona("Rex", "reviewer");
  adm = await persona("Adm", "admin");
});

/** Every use case takes the actor, checks it and parses its own input (issue 15). */
describe("use cases do not trust their callers", () => {
  test("a token is made for its caller; someone else's only by an admin, and a refusal stores nothing", async () => {
    const before = await listMyTokens(bob.actor);
    await expect(createToken(ada.actor, { name: "stolen", ownerId: bob.actor.id }, Date.now())).rejects.toMatchObject({ status: 403 });
    expect(await listMyTokens(bob.actor)).toEqual(before);
    await createToken(ada.actor, { name: "mine" }, Date.now());
    expect((await listMyTokens(ada.actor)).map((t) => t.name)).toContain("mine");
    await createToken(adm.actor, { name: "for bob", ownerId: bob.actor.id }, Date.now());
    expect((await listMyTokens(bob.actor)).map((t) => t.name)).toContain("for bob");
    await expect(createToken(adm.actor, { name: "nobody", ownerId: "no-such-person" }, Date.now())).rejects.toMatchObject({ status: 404 });
    await expect(createToken(ada.actor, { name: 42 }, Date.now())).rejects.toMatchObject({ status: 422 });
  });

  test("the list filters parse their query: a bad one is a 400 naming it, whoever calls", async () => {
    await expect(listForecasts(ada.actor, { limit: "many" }, Date.now())).rejects.toMatchObject({ status: 400, message: expect.stringContaining("limit") });
    await expect(listForecasts(ada.actor, new URLSearchParams("status=sideways"), Date.now())).rejects.toMatchObject({ status: 400 });
    await expect(listEvents(ada.actor, { reliability: "Z" })).rejects.toMatchObject({ status: 400 });
    await expect(listEvents(ada.actor, { from: { toString: () => "not a date" } })).rejects.toMatchObject({ status: 400 });
    expect((await listForecasts(ada.actor, { limit: 5 }, Date.now())).items.length).toBeLessThanOrEqual(5);
  });

  test("the new-forecast context is only for those who may create forecasts, and ignores a report id that is not one", async () => {
    await expect(newForecastContext(rex.actor, undefined)).rejects.toMatchObject({ status: 403 });
    const context = await newForecastContext(ada.actor, { $ne: null });
    expect(context.report).toBeNull();
  });

  test("linking one event to the same indicator twice in one request is a 422 naming the field, not a 500, and stores nothing", async () => {
    const now = Date.now();
    const forecast = await createForecast(ada.actor, forecastInput(), now);
    const indicator = await addIndicator(ada.actor, forecast.id, { scenarioId: forecast.scenarios[0].id, description: "A sign", direction: "for", likelihoodRatio: 3 }, now);
    const event = await recordEvent(bob.actor, { occurredAt: new Date(now - 1000).toISOString(), title: "Something happened" }, now);
    const auditBefore = await listAudit(getDb(), { entity: "event_link", limit: 200 });
    await expect(linkEventToIndicators(bob.actor, event.id, { indicatorIds: [indicator.id, indicator.id], note: "" }, now)).rejects.toMatchObject({
      status: 422,
      details: [expect.objectContaining({ field: "indicatorIds" })],
    });
    await expect(linkEventToIndicators(bob.actor, event.id, { indicatorIds: "not a list" }, now)).rejects.toMatchObject({ status: 422 });
    expect((await getForecast(bob.actor, forecast.id, now)).events).toEqual([]);
    expect(await listAudit(getDb(), { entity: "event_link", limit: 200 })).toEqual(auditBefore);
    await linkEventToIndicators(bob.actor, event.id, { indicatorIds: [indicator.id] }, now);
    expect((await getForecast(bob.actor, forecast.id, now)).events).toHaveLength(1);
  });
});
