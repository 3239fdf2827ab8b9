import { beforeAll, describe, expect, test } from "vitest";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { recordEvent } from "../evidence/record-event";
import { reopenForecast } from "../resolutions/reopen-forecast";
import { resolveForecast } from "../resolutions/resolve-forecast";
import { addPrediction } from "./add-prediction";
import { createForecast } from "./create-forecast";
import { forecastPage } from "./forecast-page";

useTempDatabase();

const DAY = 86_400_000;
const NOW = Date.now();

let ada: Persona; // analyst, author
let ria: Persona; // analyst and reviewer who predicted
let rex: Persona; // reviewer, uninvolved
let mia: Persona; // admin
let forecastId: string;
let yes: string;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  ria = await persona("Ria", "analyst", "reviewer");
  rex = await persona("Rex", "reviewer");
  mia = await persona("Mia", "admin");
  const made = await createForecast(ada.actor, forecastInput({ closesAt: new Date(NOW - DAY).toISOString() }), NOW - 10 * DAY);
  forecastId = made.id;
  const [y, n] = made.scenarios.map((s) => s.id);
  yes = y;
  await addPrediction(ria.actor, forecastId, { probabilities: { [y]: 30, [n]: 70 } }, NOW - 5 * DAY);
});

describe("the forecast page: who may resolve, reopen, and what the outcome cites", () => {
  test("before resolution: reviewers see the form or why they may not use it; analysts see neither", async () => {
    const may = async (who: Persona) => (await forecastPage(who.actor, forecastId, NOW)).may;
    expect(await may(rex)).toMatchObject({ resolve: true, resolveRefusal: null, reopen: false });
    expect(await may(ria)).toMatchObject({ resolve: true, resolveRefusal: "You predicted on this forecast, so another reviewer must resolve it." });
    expect((await may(ada)).resolve).toBe(false);
  });

  test("after resolution: the cited events by title (one linked to no indicator too); only an admin may reopen", async () => {
    const event = await recordEvent(ada.actor, { occurredAt: new Date(NOW - 2 * DAY).toISOString().slice(0, 10), title: "The ministry confirms it" }, NOW);
    await resolveForecast(rex.actor, forecastId, { outcomeScenarioId: yes, outcomeKnownAt: new Date(NOW - 2 * DAY).toISOString(), rationale: "Confirmed.", eventIds: [event.id] }, NOW);
    const page = await forecastPage(rex.actor, forecastId, NOW);
    expect(page.citedEvents.map((e) => e.title)).toEqual(["The ministry confirms it"]);
    expect(page.may).toMatchObject({ resolve: false, reopen: false });
    expect((await forecastPage(mia.actor, forecastId, NOW)).may.reopen).toBe(true);
  });

  test("once reopened, the forecast is back to awaiting resolution and cites nothing", async () => {
    await reopenForecast(mia.actor, forecastId, { reason: "Wrong scenario." }, NOW);
    const page = await forecastPage(rex.actor, forecastId, NOW);
    expect(page.forecast.status).toBe("closed");
    expect(page.citedEvents).toEqual([]);
    expect(page.may.resolve).toBe(true);
  });
});
