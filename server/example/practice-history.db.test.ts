import { beforeAll, describe, expect, test } from "vitest";
import { importForecastToScore, scoreForecast } from "@/lib/scoring";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { listForecasts } from "../forecasts/list-forecasts";
import { listScores } from "../scores/list-scores";
import { loadExampleWorkspace } from "./load-example";
import { PRACTICE_ANALYSTS, PRACTICE_QUESTIONS, practiceHistory, practiceTitle } from "./practice-history";

useTempDatabase();

const NOW = Date.parse("2026-11-25T12:00:00Z");

let admin: Persona;
let reviewer: Persona;

beforeAll(async () => {
  admin = await persona("Ada", "admin", "analyst");
  reviewer = await persona("Rex", "reviewer");
  await loadExampleWorkspace(admin.actor, NOW);
});

describe("the example workspace's practice record", () => {
  test("a dozen resolved forecasts, each labelled as practice, all dated before the day it is loaded", async () => {
    const { items } = await listForecasts(admin.actor, { tag: "practice-record", limit: 50 }, NOW);
    expect(items.map((f) => f.title).sort()).toEqual(PRACTICE_QUESTIONS.map(practiceTitle).sort());
    for (const f of items) {
      expect(f.status === "resolved" || f.status === "annulled", f.title).toBe(true);
      expect(Date.parse(f.createdAt)).toBeLessThan(NOW);
    }
  });

  test("the scores page has something to show at once: every practice analyst, scored exactly as lib/scoring scores the record", async () => {
    const scores = await listScores(reviewer.actor, { matured: false });
    const byEmail = new Map(scores.analysts.map((a) => [a.email, a]));
    const expected = new Map<string, number[]>();
    for (const f of practiceHistory(NOW).forecasts) {
      const toScore = importForecastToScore(f);
      if (!toScore) continue;
      for (const a of scoreForecast(toScore).analysts) expected.set(a.analystId, [...(expected.get(a.analystId) ?? []), a.finalBrier]);
    }
    expect([...byEmail.keys()].sort()).toEqual(PRACTICE_ANALYSTS.map((a) => a.email).sort());
    for (const person of PRACTICE_ANALYSTS) {
      const briers = expected.get(person.email)!;
      expect(byEmail.get(person.email)).toMatchObject({ name: person.name, forecasts: briers.length });
      expect(byEmail.get(person.email)!.meanFinalBrier).toBeCloseTo(briers.reduce((s, b) => s + b, 0) / briers.length, 12);
    }
  });

  test("the same record whenever it is loaded: a fixed seed, dated back from that day", () => {
    const later = NOW + 30 * 86_400_000;
    const shift = (body: ReturnType<typeof practiceHistory>, by: number) => body.forecasts.map((f) => ({ ...f, createdAt: new Date(Date.parse(f.createdAt) + by).toISOString() }));
    expect(shift(practiceHistory(NOW), 0).map((f) => f.createdAt)).toEqual(shift(practiceHistory(later), NOW - later).map((f) => f.createdAt));
    expect(practiceHistory(NOW).forecasts.map((f) => f.predictions.map((p) => p.probabilities))).toEqual(practiceHistory(later).forecasts.map((f) => f.predictions.map((p) => p.probabilities)));
  });
});
