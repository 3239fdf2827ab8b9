import { and, eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { getDb } from "@/db/client";
import { scoreTally, statementTally, teamAggregateScore, trendTally } from "@/db/schema";
import { generateDemo } from "@/server/demo/generate-demo";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { useTempDatabase } from "@/tests/support/temp-db";
import { rescoreAll } from "./rescore-all";

useTempDatabase();

/** Every tally row with a count: its key, its count, and its sums. */
async function tallies() {
  const db = getDb();
  const rows = new Map<string, number[]>();
  for (const r of await db.select().from(statementTally)) if (r.n !== 0) rows.set(JSON.stringify(["s", r.dim, r.key, r.month, r.matured, r.tenths, r.outcome]), [r.n]);
  for (const r of await db.select().from(trendTally)) if (r.n !== 0) rows.set(JSON.stringify(["t", r.dim, r.key, r.month, r.matured, r.decile]), [r.n, r.sumP, r.sumSquaredError]);
  for (const r of await db.select().from(scoreTally)) if (r.n !== 0) rows.set(JSON.stringify(["c", r.dim, r.key, r.month, r.matured, r.analystId]), [r.n, r.sumFinalBrier, r.sumTimeAveragedBrier, r.sumRelativeBrier]);
  return rows;
}

test("scores:rescore stores each team's median where an upgrade left none, and leaves every other figure as it was", async () => {
  await generateDemo(SYSTEM_ACTOR, { forecasts: 60, analysts: 110, predictions: 600, events: 0, seed: 5 }, Date.now());
  const db = getDb();
  const medians = await db.select().from(teamAggregateScore);
  expect(medians.length).toBeGreaterThan(5);
  const before = await tallies();
  // A database upgraded from before teams' medians were stored: the migration's backfill has the members' team rows, not the medians.
  await db.delete(teamAggregateScore);
  await db.delete(scoreTally).where(and(eq(scoreTally.dim, "team"), eq(scoreTally.analystId, "")));
  await rescoreAll();
  const key = (r: { teamId: string; forecastId: string; finalBrier: number }) => `${r.teamId} ${r.forecastId} ${r.finalBrier}`;
  expect((await db.select().from(teamAggregateScore)).map(key).sort()).toEqual(medians.map(key).sort());
  const after = await tallies();
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [k, values] of before) values.forEach((v, i) => expect(Math.abs(after.get(k)![i] - v), k).toBeLessThan(1e-9));
});
