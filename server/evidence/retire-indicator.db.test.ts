import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { createForecast } from "../forecasts/create-forecast";
import { getForecast } from "../forecasts/get-forecast";
import { addIndicator } from "./add-indicator";
import { recordEvent } from "./record-event";
import { retireIndicator } from "./retire-indicator";

useTempDatabase();

let ada: Persona;
let bob: Persona;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
});

describe("retiring an indicator", () => {
  test("keeps it, stops it counting, and writes the audit log; only the author may", () => {
    const now = Date.now();
    const forecast = createForecast(ada.actor, forecastInput(), now);
    const [baseline] = forecast.scenarios;
    const indicator = addIndicator(ada.actor, forecast.id, { scenarioId: baseline.id, description: "Lethal attack", direction: "against", likelihoodRatio: 10 }, now);
    recordEvent(bob.actor, { occurredAt: new Date(now - 1000).toISOString(), title: "An attack", indicatorIds: [indicator.id] }, now);
    expect(getForecast(bob.actor, forecast.id, now).assessment.status).toBe("overtaken");

    expect(() => retireIndicator(bob.actor, indicator.id, now)).toThrow(expect.objectContaining({ status: 403 }));
    expect(getForecast(bob.actor, forecast.id, now).indicators[0].retired).toBe(false);

    retireIndicator(ada.actor, indicator.id, now + 1);
    const after = getForecast(bob.actor, forecast.id, now + 2);
    expect(after.indicators[0]).toMatchObject({ retired: true, status: "observed" });
    expect(after.assessment.status).toBe("holding");
    expect(after.assessment.implied[baseline.id]).toBeCloseTo(67.5, 9);
    const [entry] = listAudit(getDb(), { entity: "indicator", limit: 1 });
    expect(entry).toMatchObject({ action: "indicator.retire", entityId: indicator.id, actorId: ada.actor.id });

    expect(() => retireIndicator(ada.actor, indicator.id, now + 3)).toThrow(expect.objectContaining({ status: 409 }));
  });
});
