import { beforeAll, describe, expect, test } from "vitest";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { setIndependenceRule } from "@/server/settings/set-independence";
import { GET as listForecasts, POST as createForecast } from "../route";
import { addIndicator } from "@/server/evidence/add-indicator";
import { recordEvent } from "@/server/evidence/record-event";
import { POST as predict } from "./predictions/route";
import { GET as getForecast } from "./route";
import { GET as getTimeline } from "./timeline/route";

useTempDatabase();

let ada: Persona;
let bob: Persona;
let cid: Persona;
let rex: Persona;
let root: Persona;
let forecastId: string;
let yes: string;
let no: string;

/** Every probability anywhere in an answer, with the analyst it belongs to. */
function numbersOf(body: { predictions?: { analystId: string }[]; points?: { stated: Record<string, unknown> }[] }): string[] {
  const fromPredictions = (body.predictions ?? []).map((p) => p.analystId);
  const fromPoints = (body.points ?? []).flatMap((p) => Object.keys(p.stated));
  return [...new Set([...fromPredictions, ...fromPoints])];
}

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  cid = await persona("Cid", "analyst");
  rex = await persona("Rex", "reviewer");
  root = await persona("Root", "admin");
  const { body } = await call(createForecast, "POST", { token: ada.token, body: forecastInput({ probabilities: [71.3, 28.7] }) });
  forecastId = body.id;
  [yes, no] = body.scenarios.map((s: { id: string }) => s.id);
  await call(predict, "POST", { token: bob.token, body: { probabilities: { [yes]: 44.4, [no]: 55.6 } }, params: { id: forecastId } });
});

describe("independent first forecast in the API (SPEC §2)", () => {
  test("a 200 for an analyst who hasn't predicted holds no other analyst's probabilities", async () => {
    const { status, body } = await call(getForecast, "GET", { token: cid.token, params: { id: forecastId } });
    expect(status).toBe(200);
    expect(body.othersHidden).toBe(true);
    expect(body.predictions).toEqual([]);
    expect(body.assessment.implied).toEqual({});
    // Neither the author's 71.3 nor Bob's 44.4 appears anywhere in the answer.
    expect(JSON.stringify(body)).not.toMatch(/71\.3|28\.7|44\.4|55\.6/);
    expect(body.statement).toContain("Iran-aligned militias");

    const timeline = await call(getTimeline, "GET", { token: cid.token, params: { id: forecastId } });
    expect(timeline.status).toBe(200);
    expect(numbersOf(timeline.body)).toEqual([]);
    expect(JSON.stringify(timeline.body)).not.toMatch(/71\.3|44\.4/);
    const compact = await call(getTimeline, "GET", { token: cid.token, params: { id: forecastId }, query: { format: "compact" } });
    expect(compact.body.predictions).toEqual([]);
    expect(JSON.stringify(compact.body)).not.toMatch(/71\.3|44\.4/);

    const paged = await call(getForecast, "GET", { token: cid.token, params: { id: forecastId }, query: { predictionsLimit: "1" } });
    expect(paged.body.predictions).toEqual([]);
    expect(paged.body.predictionsNextCursor).toBeNull();
  });

  test("after their first prediction the analyst sees everyone's", async () => {
    const cidPrediction = await call(predict, "POST", { token: cid.token, body: { probabilities: { [yes]: 60, [no]: 40 } }, params: { id: forecastId } });
    expect(cidPrediction.status).toBe(201);
    const { body } = await call(getForecast, "GET", { token: cid.token, params: { id: forecastId } });
    expect(body.othersHidden).toBe(false);
    expect(body.predictions.map((p: { analystId: string }) => p.analystId).sort()).toEqual([ada.actor.id, bob.actor.id, cid.actor.id].sort());
    const timeline = await call(getTimeline, "GET", { token: cid.token, params: { id: forecastId } });
    expect(numbersOf(timeline.body).sort()).toEqual([ada.actor.id, bob.actor.id, cid.actor.id].sort());
  });

  test("a reviewer who never predicted sees everything", async () => {
    const { body } = await call(getForecast, "GET", { token: rex.token, params: { id: forecastId } });
    expect(body.othersHidden).toBe(false);
    expect(body.predictions.length).toBe(3);
  });

  test("with the rule switched off by an admin, a newcomer sees everyone's numbers", async () => {
    const dan = await persona("Dan", "analyst");
    await setIndependenceRule(root.actor, false, Date.now());
    try {
      const { body } = await call(getForecast, "GET", { token: dan.token, params: { id: forecastId } });
      expect(body.othersHidden).toBe(false);
      expect(body.predictions.length).toBe(3);
    } finally {
      await setIndependenceRule(root.actor, true, Date.now());
    }
  });

  test("only an admin may switch the rule", async () => {
    await expect(setIndependenceRule(ada.actor, false, Date.now())).rejects.toMatchObject({ status: 403 });
    const { body } = await call(getForecast, "GET", { token: (await persona("Eve", "analyst")).token, params: { id: forecastId } });
    expect(body.othersHidden).toBe(true);
  });

  test("an overtaken forecast's reason is given without the implied numbers, in the forecast and in the list", async () => {
    const { body: created } = await call(createForecast, "POST", { token: ada.token, body: forecastInput({ title: "Overtaken quietly" }) });
    const [baseline] = created.scenarios;
    const indicator = await addIndicator(ada.actor, created.id, { scenarioId: baseline.id, description: "Lethal attack", direction: "against", likelihoodRatio: 10 }, Date.now());
    await recordEvent(ada.actor, { occurredAt: new Date(Date.now() - 1000).toISOString(), title: "An attack", indicatorIds: [indicator.id] }, Date.now());
    const newcomer = await persona("Gus", "analyst");
    const detail = (await call(getForecast, "GET", { token: newcomer.token, params: { id: created.id } })).body;
    expect(detail.assessment.status).toBe("overtaken");
    expect(detail.assessment.reason).not.toMatch(/%/);
    const listed = (await call(listForecasts, "GET", { token: newcomer.token, query: { q: "Overtaken quietly" } })).body.items[0];
    expect(listed.assessment.reason).not.toMatch(/%/);
    // The author, who predicted, reads the numbers.
    expect((await call(getForecast, "GET", { token: ada.token, params: { id: created.id } })).body.assessment.reason).toMatch(/%/);
  });
});
