import Papa from "papaparse";
import { beforeAll, describe, expect, test } from "vitest";
import type { ImportForecast } from "@/lib/scoring";
import { importBodySchema } from "@/lib/validation/import";
import { importTrackRecord } from "@/server/import/import-track-record";
import { call } from "@/tests/support/api";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { GET as getScores } from "../scores/route";
import { GET as exportRoute } from "./route";

useTempDatabase();

const DAY = 86_400_000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();

let mia: Persona; // admin
let rex: Persona; // reviewer
let ana: Persona; // analyst
let bob: Persona; // analyst

function question(title: string, overrides: Partial<ImportForecast> = {}): ImportForecast {
  return {
    title,
    statement: `${title}, before the horizon.`,
    resolutionCriteria: "Reported by two outlets.",
    closesAt: iso(20),
    createdAt: iso(100),
    author: bob.actor.email,
    tags: ["exported"],
    scenarios: [{ label: "Yes", baseline: true }, { label: "No", description: "Nothing of the kind" }],
    predictions: [
      { analyst: bob.actor.email, createdAt: iso(100), probabilities: [30, 70], rationale: "Quiet so far." },
      { analyst: ana.actor.email, createdAt: iso(80), probabilities: [60, 40] },
      { analyst: ana.actor.email, createdAt: iso(25), probabilities: [75, 25] },
      // After the outcome became known (day 22), before the horizon: shown, never scored.
      { analyst: bob.actor.email, createdAt: iso(21), probabilities: [99, 1] },
    ],
    resolution: { outcome: 0, outcomeKnownAt: iso(22), resolver: rex.actor.email },
    ...overrides,
  };
}

const exportAs = async (who: Persona, query: Record<string, string> = {}) => {
  const url = new URL("http://signpost.test/api/v1/export");
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await exportRoute(new Request(url, { headers: { authorization: `Bearer ${who.token}` } }), { params: Promise.resolve({}) });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

beforeAll(async () => {
  mia = await persona("Mia", "admin");
  rex = await persona("Rex", "reviewer");
  ana = await persona("Ana", "analyst");
  bob = await persona("Bob", "analyst");
  await importTrackRecord(mia.actor, {
    forecasts: [
      question("Drone strike on the airport"),
      question("Talks resume in Baghdad", { tags: ["talks"], predictions: [{ analyst: bob.actor.email, createdAt: iso(90), probabilities: [20, 80] }], resolution: { outcome: 1, outcomeKnownAt: iso(5) } }),
      question("A moot question", { resolution: { annulled: true, outcomeKnownAt: iso(15) } }),
      question("Still waiting", { resolution: undefined }),
    ],
  }, Date.now());
});

describe("GET /api/v1/export?format=json", () => {
  test("a reviewer gets every resolved or annulled forecast, oldest first, as valid import input with real emails", async () => {
    const { status, headers, text } = await exportAs(rex);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("application/json");
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="signpost-track-record-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = JSON.parse(text);
    expect(body.forecasts.map((f: { title: string }) => f.title).sort()).toEqual(["A moot question", "Drone strike on the airport", "Talks resume in Baghdad"]);
    expect(importBodySchema(Date.now()).safeParse(body).error).toBeUndefined();
    const drone = body.forecasts.find((f: { title: string }) => f.title === "Drone strike on the airport");
    expect(drone).toMatchObject({
      author: bob.actor.email,
      tags: ["exported"],
      scenarios: [{ label: "Yes", baseline: true }, { label: "No", description: "Nothing of the kind" }],
      resolution: { outcome: 0, resolver: rex.actor.email, rationale: "Imported with the track record." },
    });
    expect(drone.predictions.map((p: { analyst: string; probabilities: number[] }) => [p.analyst, p.probabilities])).toEqual([
      [bob.actor.email, [30, 70]],
      [ana.actor.email, [60, 40]],
      [ana.actor.email, [75, 25]],
      [bob.actor.email, [99, 1]],
    ]);
    expect(body.forecasts.find((f: { title: string }) => f.title === "A moot question").resolution).toMatchObject({ annulled: true });
  });

  test("an analyst gets only the forecasts they predicted on and only their own predictions; other people's emails stay hidden", async () => {
    const body = JSON.parse((await exportAs(ana)).text);
    expect(body.forecasts.map((f: { title: string }) => f.title).sort()).toEqual(["A moot question", "Drone strike on the airport"]);
    for (const f of body.forecasts) {
      expect(f.predictions.every((p: { analyst: string }) => p.analyst === ana.actor.email)).toBe(true);
      expect(f.author).toBe(`person-${bob.actor.id}@hidden.invalid`);
      expect(f.resolution.resolver).toBeUndefined();
    }
    expect(importBodySchema(Date.now()).safeParse(body).error).toBeUndefined();
  });

  test("another analyst's analystId is 403; a reviewer may ask for one analyst", async () => {
    expect((await exportAs(ana, { analystId: bob.actor.id })).status).toBe(403);
    const body = JSON.parse((await exportAs(rex, { analystId: bob.actor.id })).text);
    expect(body.forecasts).toHaveLength(3);
    expect(body.forecasts.flatMap((f: { predictions: { analyst: string }[] }) => f.predictions.map((p) => p.analyst))).toEqual(Array(5).fill(bob.actor.email));
  });

  test("the filters of SPEC §5: tag, a date range on outcomeKnownAt, matured; a bad parameter is 400", async () => {
    const titles = async (query: Record<string, string>) => JSON.parse((await exportAs(rex, query)).text).forecasts.map((f: { title: string }) => f.title).sort();
    expect(await titles({ tag: "talks" })).toEqual(["Talks resume in Baghdad"]);
    expect(await titles({ from: iso(10).slice(0, 10) })).toEqual(["Talks resume in Baghdad"]);
    expect(await titles({ to: iso(14).slice(0, 10) })).toEqual(["A moot question", "Drone strike on the airport"]);
    // Known at or after the horizon (20 days ago): the annulment (15) and the talks (5), not the drone strike (22).
    expect(await titles({ matured: "true" })).toEqual(["A moot question", "Talks resume in Baghdad"]);
    expect((await exportAs(rex, { format: "xml" })).status).toBe(400);
    expect((await exportAs(rex, { from: "yesterday" })).status).toBe(400);
  });
});

describe("GET /api/v1/export?format=csv", () => {
  test("one row per prediction, with the stored scores on each scored analyst's final prediction", async () => {
    const { status, headers, text } = await exportAs(rex, { format: "csv", tag: "exported" });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/csv");
    const { data, meta } = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    expect(meta.fields).toEqual(["forecastId", "forecastTitle", "forecastCreatedAt", "closesAt", "status", "outcomeKnownAt", "outcome", "scenarios", "analyst", "predictionId", "createdAt", "probabilities", "outcomeProbability", "late", "final", "finalBrier", "finalLogScore", "timeAveragedBrier", "timeAveragedLogScore", "relativeBrier"]);
    const drone = data.filter((row) => row.forecastTitle === "Drone strike on the airport");
    expect(drone.map((row) => [row.analyst, row.probabilities, row.late, row.final])).toEqual([
      [bob.actor.email, "[30,70]", "false", "true"],
      [ana.actor.email, "[60,40]", "false", "false"],
      [ana.actor.email, "[75,25]", "false", "true"],
      [bob.actor.email, "[99,1]", "true", "false"],
    ]);
    expect(drone[0]).toMatchObject({ status: "resolved", outcome: "Yes", scenarios: '["Yes","No"]', outcomeProbability: "30" });
    // Ana's final 75/25 on Yes: ½(0.25² + 0.25²) = 0.0625, as stored and as GET /api/v1/scores says.
    expect(Number(drone[2].finalBrier)).toBeCloseTo(0.0625, 12);
    const { body: scores } = await call(getScores, "GET", { token: rex.token, query: { analystId: ana.actor.id, tag: "exported" } });
    expect(Number(drone[2].relativeBrier)).toBe(scores.forecasts[0].relativeBrier);
    expect(Number(drone[2].timeAveragedLogScore)).toBe(scores.forecasts[0].timeAveragedLogScore);
    // The annulled forecast's predictions are listed, unscored.
    expect(data.filter((row) => row.status === "annulled").every((row) => row.final === "false" && row.finalBrier === "")).toBe(true);
  });

  test("an analyst's CSV holds their own rows only", async () => {
    const { data } = Papa.parse<Record<string, string>>((await exportAs(ana, { format: "csv" })).text.trim(), { header: true });
    expect(data.length).toBe(4);
    expect(new Set(data.map((row) => row.analyst))).toEqual(new Set([ana.actor.email]));
  });
});
