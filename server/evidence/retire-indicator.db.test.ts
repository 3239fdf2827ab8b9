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
/** Reads everyone's numbers: Bob, who never predicted here, sees none of them (SPEC §2's independent first forecast). */
let mia: Persona;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  mia = await persona("Mia", "manager");
});

describe("retiring an indicator", () => {
  test("keeps it, stops it counting, and writes the audit log; only the author may", async () => {
    const now = Date.now();
    const forecast = await createForecast(ada.actor, forecastInput(), now);
    const [baseline] = forecast.scenarios;
    const indicator = await addIndicator(ada.actor, forecast.id, { scenarioId: baseline.id, description: "Lethal attack", direction: "against", likelihoodRatio: 10 }, now);
    await recordEvent(bob.actor, { occurredAt: new Date(now - 1000).toISOString(), title: "An attack", indicatorIds: [indicator.id] }, now);
    expect((await getForecast(mia.actor, forecast.id, now)).assessment.status).toBe("overtaken");

    await expect(retireIndicator(bob.actor, indicator.id, now)).rejects.toMatchObject({ status: 403 });
    expect((await getForecast(mia.actor, forecast.id, now)).indicators[0].retired).toBe(false);

    await retireIndicator(ada.actor, indicator.id, now + 1);
    const after = await getForecast(mia.actor, forecast.id, now + 2);
    expect(after.indicators[0]).toMatchObject({ retired: true, status: "observed" });
    expect(after.assessment.status).toBe("holding");
    expect(after.assessment.implied[baseline.id]).toBeCloseTo(67.5, 9);
    const [entry] = await listAudit(getDb(), { entity: "indicator", limit: 1 });
    expect(entry).toMatchObject({ action: "indicator.retire", entityId: indicator.id, actorId: ada.actor.id });

    await expect(retireIndicator(ada.actor, indicator.id, now + 3)).rejects.toMatchObject({ status: 409 });
  });
});
