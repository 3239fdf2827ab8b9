import { beforeAll, describe, expect, test } from "vitest";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createTeam, setMembership } from "@/server/teams/manage-teams";
import { GET as getScores } from "../../../scores/route";
import { POST as createForecast } from "../../route";
import { POST as addPrediction } from "../predictions/route";
import { POST as reopen } from "../reopen/route";
import { GET as getForecast } from "../route";
import { POST as resolve } from "./route";

useTempDatabase();

let ada: Persona; // analyst, author
let bob: Persona; // analyst who predicts
let rex: Persona; // reviewer, uninvolved
let ria: Persona; // reviewer and analyst who predicted
let mia: Persona; // admin
let forecastId: string;
let yes: string;
let no: string;

const forecast = async (who: Persona = rex) => (await call(getForecast, "GET", { token: who.token, params: { id: forecastId } })).body;
const resolveAs = (who: Persona, body: unknown, id = forecastId) => call(resolve, "POST", { token: who.token, params: { id }, body });
const now = () => new Date().toISOString();

beforeAll(async () => {
  ada = await persona("Ada", "analyst", "reviewer");
  bob = await persona("Bob", "analyst");
  rex = await persona("Rex", "reviewer");
  ria = await persona("Ria", "analyst", "reviewer");
  mia = await persona("Mia", "admin");
  const created = await call(createForecast, "POST", { token: ada.token, body: forecastInput({ probabilities: [60, 40] }) });
  forecastId = created.body.id;
  [yes, no] = created.body.scenarios.map((s: { id: string }) => s.id);
  expect((await call(addPrediction, "POST", { token: bob.token, params: { id: forecastId }, body: { probabilities: { [yes]: 20, [no]: 80 } } })).status).toBe(201);
  expect((await call(addPrediction, "POST", { token: ria.token, params: { id: forecastId }, body: { probabilities: { [yes]: 50, [no]: 50 } } })).status).toBe(201);
});

describe("who may resolve (SPEC §1)", () => {
  test("an analyst without the reviewer role: 403, nothing stored", async () => {
    const { status } = await resolveAs(bob, { outcomeScenarioId: yes, outcomeKnownAt: now(), rationale: "Seen" });
    expect(status).toBe(403);
    expect((await forecast()).resolution).toBeNull();
  });

  test("a reviewer who wrote the forecast, or predicted on it: 409 conflict_of_interest, nothing stored", async () => {
    for (const who of [ada, ria]) {
      const { status, body } = await resolveAs(who, { outcomeScenarioId: yes, outcomeKnownAt: now(), rationale: "Seen" });
      expect(status).toBe(409);
      expect(body.error.code).toBe("conflict_of_interest");
    }
    expect((await forecast()).resolution).toBeNull();
  });

  test("bad input: 422 naming each field, nothing stored", async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const { status, body } = await resolveAs(rex, { outcomeScenarioId: "not-a-scenario", outcomeKnownAt: future, rationale: "x", eventIds: ["no-such-event"] });
    expect(status).toBe(422);
    expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["eventIds.0", "outcomeKnownAt", "outcomeScenarioId"]);
    const missing = await resolveAs(rex, { outcomeKnownAt: now(), rationale: "" });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["outcomeScenarioId", "rationale"]);
    expect((await forecast()).resolution).toBeNull();
  });
});

describe("a reviewer resolves; every forecaster is scored in the same transaction", () => {
  test("201 with the resolution and the scores: final Brier ½Σ(p−o)², log ln p", async () => {
    const { status, body } = await resolveAs(rex, { outcomeScenarioId: yes, outcomeKnownAt: now(), rationale: "Confirmed by the ministry." });
    expect(status).toBe(201);
    expect(body).toMatchObject({ forecastId, outcomeScenarioId: yes, annulled: false, resolverId: rex.actor.id, rationale: "Confirmed by the ministry.", eventIds: [] });
    const byAnalyst = Object.fromEntries(body.scores.map((s: { analystId: string }) => [s.analystId, s]));
    // Ada 60/40 on Yes: ½((0.6−1)² + (0.4−0)²) = 0.16; ln 0.6.
    expect(byAnalyst[ada.actor.id].finalBrier).toBeCloseTo(0.16, 12);
    expect(byAnalyst[ada.actor.id].finalLogScore).toBeCloseTo(Math.log(0.6), 12);
    // Bob 20/80: ½(0.8² + 0.8²) = 0.64; Ria 50/50: 0.25.
    expect(byAnalyst[bob.actor.id].finalBrier).toBeCloseTo(0.64, 12);
    expect(byAnalyst[ria.actor.id].finalBrier).toBeCloseTo(0.25, 12);
    expect((await forecast()).status).toBe("resolved");
  });

  test("a second resolution is 409 already_resolved; predictions are refused", async () => {
    const again = await resolveAs(rex, { outcomeScenarioId: no, outcomeKnownAt: now(), rationale: "Changed my mind" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("already_resolved");
    const late = await call(addPrediction, "POST", { token: bob.token, params: { id: forecastId }, body: { probabilities: { [yes]: 90, [no]: 10 } } });
    expect(late.status).toBe(409);
    expect((await forecast()).resolution.outcomeScenarioId).toBe(yes);
  });

  test("the forecast's scores show to reviewers in full, to an analyst only their own", async () => {
    expect((await forecast(rex)).scores).toHaveLength(3);
    const bobsView = (await forecast(bob)).scores;
    expect(bobsView.map((s: { analystId: string }) => s.analystId)).toEqual([bob.actor.id]);
  });
});

describe("GET /api/v1/scores", () => {
  test("a reviewer reads every analyst's means", async () => {
    const { status, body } = await call(getScores, "GET", { token: rex.token });
    expect(status).toBe(200);
    expect(body.analysts.map((a: { name: string }) => a.name).sort()).toEqual(["Ada", "Bob", "Ria"]);
    const bob_ = body.analysts.find((a: { analystId: string }) => a.analystId === bob.actor.id);
    expect(bob_).toMatchObject({ forecasts: 1, email: bob.actor.email });
    expect(bob_.meanFinalBrier).toBeCloseTo(0.64, 12);
    expect(body.forecasts).toHaveLength(3);
    // Everyone's aggregate: the medians of Yes (20, 50, 60) and No (80, 50, 40) are 50 and 50,
    // summing to 100: Brier ½(0.5² + 0.5²) = 0.25, log ln 0.5.
    expect(body.aggregate.forecasts).toBe(1);
    expect(body.aggregate.meanFinalBrier).toBeCloseTo(0.25, 12);
    expect(body.aggregate.meanFinalLogScore).toBeCloseTo(Math.log(0.5), 12);
  });

  test("a team's aggregate is its members' median: Ada and Bob alone", async () => {
    const team = await createTeam(SYSTEM_ACTOR, { name: `Desk ${crypto.randomUUID().slice(0, 6)}` }, Date.now());
    for (const member of [ada, bob]) await setMembership(SYSTEM_ACTOR, { teamId: team.id, userId: member.actor.id }, true, Date.now());
    const { body } = await call(getScores, "GET", { token: rex.token, query: { teamId: team.id } });
    expect(body.analysts.map((a: { name: string }) => a.name).sort()).toEqual(["Ada", "Bob"]);
    // Yes: median(60, 20) = 40, No: median(40, 80) = 60 → ½(0.6² + 0.6²) = 0.36.
    expect(body.aggregate.forecasts).toBe(1);
    expect(body.aggregate.meanFinalBrier).toBeCloseTo(0.36, 12);
  });

  test("an analyst reads only their own row; another analyst's analystId is 403", async () => {
    const own = await call(getScores, "GET", { token: bob.token });
    expect(own.body.analysts.map((a: { analystId: string }) => a.analystId)).toEqual([bob.actor.id]);
    expect(own.body.forecasts.map((f: { analystId: string }) => f.analystId)).toEqual([bob.actor.id]);
    expect((await call(getScores, "GET", { token: bob.token, query: { analystId: ada.actor.id } })).status).toBe(403);
  });

  test("filters: a tag the forecast lacks, or a date range before the outcome, leave nothing", async () => {
    expect((await call(getScores, "GET", { token: rex.token, query: { tag: "no-such-tag" } })).body.analysts).toEqual([]);
    expect((await call(getScores, "GET", { token: rex.token, query: { to: "2000-01-01" } })).body.analysts).toEqual([]);
    expect((await call(getScores, "GET", { token: rex.token, query: { tag: "iraq" } })).body.analysts).toHaveLength(3);
    expect((await call(getScores, "GET", { token: rex.token, query: { from: "2021-02-01", to: "2021-01-01" } })).status).toBe(400);
  });
});

describe("an admin reopens a wrongly resolved forecast", () => {
  test("only an admin; a reason is needed; the scores go, and a new resolution scores afresh", async () => {
    expect((await call(reopen, "POST", { token: rex.token, params: { id: forecastId }, body: { reason: "Wrong" } })).status).toBe(403);
    expect((await call(reopen, "POST", { token: mia.token, params: { id: forecastId }, body: { reason: "" } })).status).toBe(422);
    const reopened = await call(reopen, "POST", { token: mia.token, params: { id: forecastId }, body: { reason: "The ministry retracted its statement." } });
    expect(reopened.status).toBe(200);
    expect(reopened.body.resolution).toBeNull();
    expect((await call(getScores, "GET", { token: rex.token })).body.forecasts).toEqual([]);
    expect((await call(reopen, "POST", { token: mia.token, params: { id: forecastId }, body: { reason: "Again" } })).status).toBe(409);

    const { status, body } = await resolveAs(rex, { outcomeScenarioId: no, outcomeKnownAt: now(), rationale: "The retraction stands." });
    expect(status).toBe(201);
    const bobs = body.scores.find((s: { analystId: string }) => s.analystId === bob.actor.id);
    // Bob 20/80 on No: ½(0.2² + 0.2²) = 0.04.
    expect(bobs.finalBrier).toBeCloseTo(0.04, 12);
  });
});

describe("annulment", () => {
  test("an annulled forecast is never scored", async () => {
    const other = await call(createForecast, "POST", { token: ada.token, body: forecastInput({ title: "Moot question" }) });
    const { status, body } = await resolveAs(rex, { annulled: true, outcomeKnownAt: now(), rationale: "The question became moot." }, other.body.id);
    expect(status).toBe(201);
    expect(body).toMatchObject({ annulled: true, outcomeScenarioId: null, scores: [] });
    const third = await call(createForecast, "POST", { token: ada.token, body: forecastInput({ title: "Another" }) });
    const both = await resolveAs(rex, { annulled: true, outcomeScenarioId: third.body.scenarios[0].id, outcomeKnownAt: now(), rationale: "x" }, third.body.id);
    expect(both.status).toBe(422);
    expect(both.body.error.details).toEqual([{ field: "outcomeScenarioId", message: "must be left out when the forecast is annulled" }]);
  });
});
