import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { getDb, withTransaction } from "@/db/client";
import { findForecastRow, predictionsOf, scenariosOf } from "@/db/queries/forecasts";
import { scoresOfForecast } from "@/db/queries/scores";
import { adjustTallies } from "@/db/queries/tallies";
import { aggregateScore, aggregateStatement, forecastScore, probabilityStatement, resolution, scoreTally, statementTally, teamAggregateScore, teamMember, trendTally } from "@/db/schema";
import { scoreAggregate, scoreForecast } from "@/lib/scoring";
import { scoringInputOf } from "@/server/scoring/store-scores";
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

/** Every tally row with a count, keyed by everything but its sums. */
async function talliesNow() {
  const db = getDb();
  const rows = new Map<string, number[]>();
  for (const r of await db.select().from(statementTally)) if (r.n !== 0) rows.set(JSON.stringify(["s", r.dim, r.key, r.month, r.matured, r.tenths, r.outcome]), [r.n]);
  for (const r of await db.select().from(trendTally)) if (r.n !== 0) rows.set(JSON.stringify(["t", r.dim, r.key, r.month, r.matured, r.decile]), [r.n, r.hits, r.sumP, r.sumSquaredError]);
  for (const r of await db.select().from(scoreTally)) if (r.n !== 0) rows.set(JSON.stringify(["c", r.dim, r.key, r.month, r.matured, r.analystId]), [r.n, r.sumFinalBrier, r.sumTimeAveragedBrier, r.sumRelativeBrier, r.sumFinalLogScore]);
  return rows;
}

test("demo:generate's tallies, added up once at the end, equal the app's row-by-row tallies of the same stored rows; each team's median is its members'", async () => {
  // The first run loads a fresh database in one go (indexes built after); the second adds to it batch by batch.
  await generateDemo(SYSTEM_ACTOR, { forecasts: 150, analysts: 120, predictions: 1_500, events: 10, seed: 7 }, Date.now());
  await generateDemo(SYSTEM_ACTOR, { forecasts: 60, analysts: 60, predictions: 500, events: 5, seed: 8 }, Date.now());
  const db = getDb();
  const generated = await talliesNow();
  expect([...generated.keys()].some((k) => k.includes('"team"'))).toBe(true);
  // What the app's own path (adjustTallies, as a resolution calls it) makes of every stored row.
  await withTransaction(async (tx) => {
    for (const table of [statementTally, trendTally, scoreTally]) await tx.delete(table);
    const [statements, scores, aggregates, aggregateStatements, teamAggregates] = await Promise.all([
      tx.select().from(probabilityStatement),
      tx.select().from(forecastScore),
      tx.select().from(aggregateScore),
      tx.select().from(aggregateStatement),
      tx.select().from(teamAggregateScore),
    ]);
    await adjustTallies(tx, { statements, scores, aggregates, aggregateStatements, teamAggregates }, 1);
  });
  const incremental = await talliesNow();
  expect([...generated.keys()].sort()).toEqual([...incremental.keys()].sort());
  for (const [key, values] of incremental) {
    const got = generated.get(key)!;
    values.forEach((v, i) => expect(Math.abs(got[i] - v), `${key}[${i}]`).toBeLessThan(1e-9));
  }
  // Each team's stored median: lib/scoring's median over the team's members.
  const members = new Map<string, Set<string>>();
  for (const m of await db.select().from(teamMember)) members.set(m.teamId, (members.get(m.teamId) ?? new Set()).add(m.userId));
  const stored = await db.select().from(teamAggregateScore);
  expect(stored.length).toBeGreaterThan(20);
  const resolved = await db.select().from(resolution).where(eq(resolution.annulled, false));
  let expected = 0;
  for (const r of resolved) {
    const input = (await scoringInputOf(db, r.forecastId))!;
    const toScore = { scenarioIds: input.scenarioIds, closesAt: input.forecast.closesAt, outcomeKnownAt: r.outcomeKnownAt, outcomeScenarioId: r.outcomeScenarioId, annulled: false, predictions: input.predictions };
    for (const [teamId, group] of members) {
      const want = scoreAggregate(toScore, group);
      const got = stored.find((s) => s.teamId === teamId && s.forecastId === r.forecastId);
      if (!want) expect(got, `${teamId} ${r.forecastId}`).toBeUndefined();
      else {
        expected++;
        expect(got?.finalBrier).toBe(want.finalBrier);
        expect(got?.timeAveragedBrier).toBe(want.timeAveragedBrier);
      }
    }
  }
  expect(stored.length).toBe(expected);
});
