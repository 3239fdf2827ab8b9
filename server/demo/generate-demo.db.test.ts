import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { getDb } from "@/db/client";
import { findForecastRow, predictionsOf, scenariosOf } from "@/db/queries/forecasts";
import { scoresOfForecast } from "@/db/queries/scores";
import { resolution } from "@/db/schema";
import { scoreForecast } from "@/lib/scoring";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { useTempDatabase } from "@/tests/support/temp-db";
import { generateDemo } from "./generate-demo";

useTempDatabase();

test("demo:generate stores the scores of the resolved forecasts it writes, as lib/scoring computes them", async () => {
  await generateDemo(SYSTEM_ACTOR, { forecasts: 80, analysts: 10, predictions: 600, events: 10, seed: 3 }, Date.now());
  const db = getDb();
  const resolved = await db.select().from(resolution).where(eq(resolution.annulled, false));
  expect(resolved.length).toBeGreaterThan(10);
  let rows = 0;
  for (const r of resolved) {
    const [forecast, scenarios, predictions] = await Promise.all([findForecastRow(db, r.forecastId), scenariosOf(db, r.forecastId), predictionsOf(db, r.forecastId)]);
    const expected = scoreForecast({ scenarioIds: scenarios.map((s) => s.id), closesAt: forecast!.closesAt, outcomeKnownAt: r.outcomeKnownAt, outcomeScenarioId: r.outcomeScenarioId, annulled: false, predictions }).analysts;
    const stored = await scoresOfForecast(db, r.forecastId);
    expect(stored.map((s) => s.analystId)).toEqual(expected.map((a) => a.analystId));
    stored.forEach((s, i) => {
      expect(s.finalBrier).toBe(expected[i].finalBrier);
      expect(s.relativeBrier).toBe(expected[i].relativeBrier);
      expect(s.timeAveragedLogScore).toBe(expected[i].timeAveragedLogScore);
    });
    rows += stored.length;
  }
  expect(rows).toBeGreaterThan(10);
});
