/**
 * The property of issue 12: whatever the history, the scores the app stores equal a from-scratch
 * recomputation with `lib/scoring`. Random histories (seeded) are imported, then some forecasts
 * are resolved, reopened and resolved again through the use cases a reviewer and an admin use;
 * after each round every stored row is compared with `scoreForecast` run on the file itself,
 * where analysts are emails and nothing was read back from the database.
 */
import { asc, count, inArray } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { forecastScore, probabilityStatement } from "@/db/schema";
import { seededRandom } from "@/lib/demo/synthetic";
import { syntheticTrackRecord, type SyntheticForecast } from "@/lib/demo/synthetic-track-record";
import { importForecastToScore, scoreForecast } from "@/lib/scoring";
import { getForecast } from "@/server/forecasts/get-forecast";
import { reopenForecast } from "@/server/resolutions/reopen-forecast";
import { resolveForecast } from "@/server/resolutions/resolve-forecast";
import { persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { importTrackRecord } from "./import-track-record";

useTempDatabase();

const NOW = Date.now();
const SEEDS = [1, 2, 3, 4, 5];

/** What the database should hold for the file as it now stands: one entry per scored (forecast, analyst email). */
function expectedScores(forecasts: SyntheticForecast[], ids: string[]) {
  const expected = new Map<string, number[]>();
  let statements = 0;
  forecasts.forEach((f, i) => {
    const toScore = importForecastToScore(f);
    if (!toScore) return;
    const scored = scoreForecast(toScore);
    statements += scored.statements.length;
    for (const a of scored.analysts) expected.set(`${ids[i]} ${a.analystId}`, [a.finalBrier, a.finalLogScore, a.timeAveragedBrier, a.timeAveragedLogScore, a.relativeBrier, a.scoredPredictions, a.latePredictionIds.length]);
  });
  return { expected, statements };
}

async function storedScores(emailOf: Map<string, string>) {
  const rows = await getDb().select().from(forecastScore).orderBy(asc(forecastScore.forecastId));
  return new Map(rows.map((r) => [`${r.forecastId} ${emailOf.get(r.analystId)}`, [r.finalBrier, r.finalLogScore, r.timeAveragedBrier, r.timeAveragedLogScore, r.relativeBrier, r.scoredPredictions, r.latePredictions]]));
}

/** A forecast's statement rows: one per scenario of each scored analyst's final prediction. */
async function statementCount(forecastIds: string[]): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(probabilityStatement).where(inArray(probabilityStatement.forecastId, forecastIds));
  return Number(n);
}

function expectSame(stored: Map<string, number[]>, expected: Map<string, number[]>, round: string) {
  expect([...stored.keys()].sort(), round).toEqual([...expected.keys()].sort());
  for (const [key, want] of expected) {
    const got = stored.get(key)!;
    want.forEach((value, i) => expect(Math.abs(got[i] - value), `${round}: ${key} #${i}`).toBeLessThan(1e-12));
  }
}

describe("stored scores equal a from-scratch recomputation", () => {
  test.each(SEEDS)("random history %i: imported, then resolved, reopened and re-resolved", async (seed) => {
    const random = seededRandom(seed * 7919);
    const analysts = await Promise.all(["Ana", "Ben", "Cai", "Dee", "Eli"].map((name) => persona(`${name}${seed}`, "analyst")));
    const reviewer = await persona(`Rex${seed}`, "reviewer");
    const admin = await persona(`Mia${seed}`, "admin");
    const emailOf = new Map([...analysts, reviewer].map((p) => [p.actor.id, p.actor.email]));
    const file = syntheticTrackRecord({ forecasts: 14, predictions: 14 + Math.floor(random() * 120), analysts: analysts.map((p) => p.actor.email), resolvedShare: 0.6, seed, now: NOW, historyDays: 400 });

    const { ids } = await importTrackRecord(admin.actor, file, NOW);
    const all = { forecasts: [] as SyntheticForecast[], ids: [] as string[] };
    const check = async (round: string) => {
      const { expected, statements } = expectedScores(all.forecasts, all.ids);
      const mine = new Map([...(await storedScores(emailOf))].filter(([key]) => all.ids.includes(key.split(" ")[0])));
      expectSame(mine, expected, round);
      expect(await statementCount(all.ids), round).toBe(statements);
    };
    all.forecasts.push(...file.forecasts);
    all.ids.push(...ids);
    await check("after the import");

    // A few rounds: resolve open ones past their horizon, reopen resolved ones, resolve them again differently.
    for (let round = 1; round <= 3; round++) {
      for (const [i, f] of file.forecasts.entries()) {
        if (random() > 0.4) continue;
        const id = ids[i];
        const dto = await getForecast(admin.actor, id, NOW);
        const scenarioIds = dto.scenarios.map((s) => s.id);
        const created = Date.parse(f.createdAt);
        const knownAt = Math.min(NOW - 1000, created + Math.floor(random() * (NOW - created)));
        if (f.resolution) {
          await reopenForecast(admin.actor, id, { reason: `Round ${round}: a second look.` }, NOW);
          delete f.resolution;
        } else if (Date.parse(f.closesAt) < NOW || random() < 0.5) {
          const outcome = Math.floor(random() * scenarioIds.length);
          const annul = random() < 0.1;
          await resolveForecast(reviewer.actor, id, annul ? { annulled: true, outcomeKnownAt: new Date(knownAt).toISOString(), rationale: "Moot." } : { outcomeScenarioId: scenarioIds[outcome], outcomeKnownAt: new Date(knownAt).toISOString(), rationale: `Round ${round}.` }, NOW);
          f.resolution = annul ? { annulled: true, outcomeKnownAt: new Date(knownAt).toISOString() } : { outcome, outcomeKnownAt: new Date(knownAt).toISOString() };
        }
      }
      await check(`seed ${seed}, round ${round}`);
    }
  }, 60_000);
});
