import { beforeAll, describe, expect, test } from "vitest";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../forecasts/route";
import { POST as addPrediction } from "../forecasts/[id]/predictions/route";
import { POST as reopen } from "../forecasts/[id]/reopen/route";
import { POST as resolve } from "../forecasts/[id]/resolution/route";
import { GET as getCalibration } from "./route";
import { GET as getStatements } from "./statements/route";

useTempDatabase();

let ada: Persona; // analyst, author
let bob: Persona; // analyst who predicts
let rex: Persona; // reviewer
let max: Persona; // manager
let mia: Persona; // admin
const forecasts: { id: string; yes: string; no: string }[] = [];

const calibration = (who: Persona, query: Record<string, string> = {}) => call(getCalibration, "GET", { token: who.token, query });
const statements = (who: Persona, query: Record<string, string>) => call(getStatements, "GET", { token: who.token, query });

/** A yes/no forecast: Ada says `adaYes`, Bob `bobYes`. */
async function yesNo(adaYes: number, bobYes: number, tags: string[]) {
  const created = await call(createForecast, "POST", { token: ada.token, body: forecastInput({ probabilities: [adaYes, 100 - adaYes], tags }) });
  const [yes, no] = created.body.scenarios.map((s: { id: string }) => s.id);
  expect((await call(addPrediction, "POST", { token: bob.token, params: { id: created.body.id }, body: { probabilities: { [yes]: bobYes, [no]: 100 - bobYes } } })).status).toBe(201);
  forecasts.push({ id: created.body.id, yes, no });
  return { id: created.body.id as string, yes: yes as string, no: no as string };
}

const resolveYes = (f: { id: string; yes: string }) => call(resolve, "POST", { token: rex.token, params: { id: f.id }, body: { outcomeScenarioId: f.yes, outcomeKnownAt: new Date().toISOString(), rationale: "Seen." } });

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  rex = await persona("Rex", "reviewer");
  max = await persona("Max", "manager");
  mia = await persona("Mia", "admin");
  const first = await yesNo(60, 20, ["iraq"]);
  expect((await resolveYes(first)).status).toBe(201);
});

describe("GET /api/v1/calibration (SPEC §6)", () => {
  test("a manager reads everyone's: four statements (Ada 60 → yes, 40 → no; Bob 20 → yes, 80 → no), each figure by hand", async () => {
    const { status, body } = await calibration(max);
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["andi", "auc", "bins", "brier", "n", "overconfidence", "reliability", "resolution", "uncertainty"]);
    expect(body.n).toBe(4);
    expect(body.bins).toHaveLength(10);
    expect(body.bins[2]).toMatchObject({ lower: 20, upper: 30, n: 1, meanForecast: 20, observedFrequency: 100 });
    expect(body.bins[8]).toMatchObject({ lower: 80, upper: 90, n: 1, meanForecast: 80, observedFrequency: 0 });
    expect(body.bins[0]).toEqual({ lower: 0, upper: 10, n: 0, meanForecast: null, observedFrequency: null, wilsonLow: null, wilsonHigh: null });
    // mean (p − o)² = (0.4² + 0.4² + 0.8² + 0.8²)/4 = (0.16 + 0.16 + 0.64 + 0.64)/4 = 0.4
    expect(body.brier).toBeCloseTo(0.4, 12);
    // ō = ½: UNC = ¼. Positives at 60 and 20, negatives at 40 and 80: 60 beats 40; 20 beats neither → AUC = 1/4
    expect(body.uncertainty).toBeCloseTo(0.25, 12);
    expect(body.auc).toBeCloseTo(0.25, 12);
    // leaning yes: 60 (o 1) and 80 (o 0): mean p 70, mean o 50 → 20 points overconfident
    expect(body.overconfidence).toBeCloseTo(20, 12);
  });

  test("bins=icd203 gives the seven bands; bad parameters are 400s naming them", async () => {
    const { body } = await calibration(max, { bins: "icd203" });
    // 20 and 40 are "unlikely" [20, 45); 60 and 80 "likely" (55, 80]
    expect(body.bins.map((b: { n: number }) => b.n)).toEqual([0, 0, 2, 0, 2, 0, 0]);
    const bad = await calibration(max, { bins: "quintiles", matured: "yes" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["bins", "matured"]);
  });

  test("an analyst reads only their own: Bob's two statements; Ada's analystId is a 403, in the API and in the drill-down", async () => {
    const own = await calibration(bob);
    expect(own.body.n).toBe(2);
    expect((await calibration(bob, { analystId: bob.actor.id })).body.n).toBe(2);
    const refused = await calibration(bob, { analystId: ada.actor.id });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("forbidden");
    expect((await statements(bob, { bin: "6", analystId: ada.actor.id })).status).toBe(403);
    // Bob's drill-down into Ada's bin (60%) finds nothing of hers
    expect((await statements(bob, { bin: "6" })).body.items).toEqual([]);
    // a reviewer may read Ada's
    expect((await calibration(rex, { analystId: ada.actor.id })).body.n).toBe(2);
  });

  test("filters: a tag the forecast lacks empties it; a date range before today empties it; matured only leaves out this early resolution", async () => {
    expect((await calibration(max, { tag: "syria" })).body.n).toBe(0);
    expect((await calibration(max, { tag: "IRAQ" })).body.n).toBe(4);
    expect((await calibration(max, { to: "2020-12-31" })).body.n).toBe(0);
    expect((await calibration(max, { matured: "true" })).body.n).toBe(0);
    expect((await calibration(max, { tag: "iraq", confidence: "moderate" })).body.n).toBe(4);
  });
});

test("of=aggregate: one pair per scenario of everyone's final median — Yes median(60, 20) = 40 happened, No 60 did not", async () => {
  const { status, body } = await calibration(bob, { of: "aggregate" });
  expect(status).toBe(200);
  expect(body.n).toBe(2);
  expect(body.bins[4]).toMatchObject({ n: 1, meanForecast: 40, observedFrequency: 100 });
  expect(body.bins[6]).toMatchObject({ n: 1, meanForecast: 60, observedFrequency: 0 });
  // (0.4 − 1)² = (0.6 − 0)² = 0.36; the yes pair (40) is below the no pair (60): AUC 0
  expect(body.brier).toBeCloseTo(0.36, 12);
  expect(body.auc).toBe(0);
  expect((await calibration(max, { of: "aggregate", teamId: "any" })).status).toBe(400);
});

describe("GET /api/v1/calibration/statements", () => {
  test("the statements of one bin, with probability and outcome; paged by cursor", async () => {
    const { status, body } = await statements(max, { bin: "8" });
    expect(status).toBe(200);
    expect(body).toEqual({ items: [{ forecastId: forecasts[0].id, analystId: bob.actor.id, scenarioId: forecasts[0].no, probability: 80, outcome: 0 }], nextCursor: null });
    const page = await statements(max, { bin: "4", bins: "icd203", limit: "1" });
    // ICD 203 "likely" (55, 80]: Ada's 60 and Bob's 80
    expect(page.body.items).toHaveLength(1);
    const next = await statements(max, { bin: "4", bins: "icd203", limit: "1", cursor: page.body.nextCursor });
    expect(next.body.items).toHaveLength(1);
    expect(next.body.nextCursor).toBeNull();
    expect(new Set([page.body.items[0].probability, next.body.items[0].probability])).toEqual(new Set([60, 80]));
    expect((await statements(max, { bin: "10" })).status).toBe(400);
    expect((await statements(max, { bin: "1", cursor: "nonsense" })).status).toBe(400);
  });
});

test("a resolution changes the dashboard at once, and a reopening takes it back out", async () => {
  const second = await yesNo(90, 70, ["iraq"]);
  expect((await calibration(max)).body.n).toBe(4);
  expect((await resolveYes(second)).status).toBe(201);
  const after = await calibration(max, { tag: "iraq" });
  expect(after.body.n).toBe(8);
  expect(after.body.bins[9]).toMatchObject({ n: 1, meanForecast: 90, observedFrequency: 100 });
  expect((await call(reopen, "POST", { token: mia.token, params: { id: second.id }, body: { reason: "Wrong source." } })).status).toBe(200);
  expect((await calibration(max)).body.n).toBe(4);
  expect((await calibration(max, { tag: "iraq" })).body.bins[9].n).toBe(0);
});
