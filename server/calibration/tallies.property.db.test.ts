/**
 * Issue 13's property: whatever the history (imports, resolutions, reopenings, annulments), what
 * the dashboards read — calibration and score means, from the tallies where the filter allows —
 * equals a recomputation from the raw records with `lib/scoring` and `lib/calibration`, where
 * nothing is read back from the database.
 */
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import type { ScoreFilter } from "@/db/queries/scores";
import { monthOf, splitWholeMonths, tallyScope } from "@/db/queries/tallies";
import { calibrate, countsOf } from "@/lib/calibration/calibrate";
import { seededRandom } from "@/lib/demo/synthetic";
import { syntheticTrackRecord, type SyntheticForecast } from "@/lib/demo/synthetic-track-record";
import { aggregateStatements, importForecastToScore, scoreAggregate, scoreForecast, type ForecastToScore } from "@/lib/scoring";
import { createTeam, setMembership } from "@/server/teams/manage-teams";
import { getForecast } from "@/server/forecasts/get-forecast";
import { importTrackRecord } from "@/server/import/import-track-record";
import { reopenForecast } from "@/server/resolutions/reopen-forecast";
import { resolveForecast } from "@/server/resolutions/resolve-forecast";
import { scoreSummary } from "@/server/scores/list-scores";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { calibrationCounts, calibrationCountsByConfidence, calibrationTrendCells } from "./calibration-counts";
import { cellsOf, quarterlyTrend } from "@/lib/calibration/trend";

useTempDatabase();

const NOW = Date.now();
const DAY = 86_400_000;

interface Expected {
  forecastTags: string[];
  confidence: string;
  matured: boolean;
  knownAt: number;
  statements: { probability: number; outcome: 0 | 1; analyst: string }[];
  aggregate: { probability: number; outcome: 0 | 1 }[];
  scores: { analyst: string; finalBrier: number; relativeBrier: number }[];
  /** The forecast as lib/scoring takes it, for a team's median over whoever is in the team at check time. */
  toScore: ForecastToScore;
}

/** The file as it stands, scored from scratch: statements and scores with the keys the filters use. */
function recompute(forecasts: SyntheticForecast[]): Expected[] {
  return forecasts.flatMap((f) => {
    const toScore = importForecastToScore(f);
    if (!toScore) return [];
    const scored = scoreForecast(toScore);
    return [
      {
        forecastTags: (f.tags ?? []).map((t) => t.toLowerCase()),
        confidence: f.confidence,
        matured: toScore.outcomeKnownAt >= toScore.closesAt,
        knownAt: toScore.outcomeKnownAt,
        statements: scored.statements.map((s) => ({ probability: s.probability, outcome: s.outcome as 0 | 1, analyst: s.analystId })),
        // Stored to a tenth of a percent, as the aggregate's statements are.
        aggregate: aggregateStatements(toScore).map((s) => ({ probability: Math.round(s.probability * 10) / 10, outcome: s.outcome })),
        scores: scored.analysts.map((a) => ({ analyst: a.analystId, finalBrier: a.finalBrier, relativeBrier: a.relativeBrier })),
        toScore,
      },
    ];
  });
}

function keeps(e: Expected, filter: ScoreFilter): boolean {
  return (
    (!filter.tag || e.forecastTags.includes(filter.tag)) &&
    (!filter.confidence || e.confidence === filter.confidence) &&
    (!filter.matured || e.matured) &&
    (filter.from === undefined || e.knownAt >= filter.from) &&
    (filter.to === undefined || e.knownAt <= filter.to)
  );
}

function filtersFor(forecasts: SyntheticForecast[], teamId: string): ScoreFilter[] {
  const tag = forecasts[0].tags![0].toLowerCase();
  // A range starting and ending mid-month: whole months from the tallies, the ends from the rows.
  const from = Date.UTC(new Date(NOW - 300 * DAY).getUTCFullYear(), new Date(NOW - 300 * DAY).getUTCMonth(), 12);
  const to = Date.UTC(new Date(NOW - 60 * DAY).getUTCFullYear(), new Date(NOW - 60 * DAY).getUTCMonth(), 20) + DAY - 1;
  const sameMonth = { from: Date.UTC(2025, 0, 3), to: Date.UTC(2025, 0, 9) + DAY - 1 };
  return [
    { analystIds: null },
    { analystIds: null, tag },
    { analystIds: null, confidence: "high" },
    { analystIds: null, matured: true },
    { analystIds: null, from, to },
    { analystIds: null, tag, from },
    { analystIds: null, confidence: "low", to, matured: true },
    { analystIds: null, ...sameMonth },
    { analystIds: null, teamId },
    { analystIds: null, teamId, matured: true },
    { analystIds: null, teamId, from, to },
  ];
}

/** The team under test: its id and its members' emails, as they stand when a check runs. */
interface TeamNow {
  id: string;
  members: Set<string>;
}

async function check(all: SyntheticForecast[], emailOf: Map<string, string>, manager: Persona, round: string, team: TeamNow) {
  const expected = recompute(all);
  for (const filter of filtersFor(all, team.id)) {
    const label = `${round} ${JSON.stringify(filter)}`;
    // Without dates, or by month for everyone and confidence, the tallies answer (a tag or team with dates reads the rows).
    if (!((filter.tag || filter.teamId) && (filter.from || filter.to))) expect(tallyScope(filter), label).not.toBeNull();
    const inTeam = (analyst: string) => !filter.teamId || team.members.has(analyst);
    const kept = expected.filter((e) => keeps(e, filter)).map((e) => ({ ...e, statements: e.statements.filter((s) => inTeam(s.analyst)), scores: e.scores.filter((s) => inTeam(s.analyst)) }));
    const want = calibrate(countsOf(kept.flatMap((e) => e.statements)));
    const got = calibrate((await calibrationCounts(getDb(), filter)).map((c) => ({ ...c })));
    expect(got.n, label).toBe(want.n);
    if (!filter.tag && !filter.teamId && !filter.confidence && !filter.from && !filter.to && !filter.matured) expect(want.n, "the history has statements to compare").toBeGreaterThan(50);
    expect(got.bins.map((b) => b.n), label).toEqual(want.bins.map((b) => b.n));
    for (const key of ["brier", "reliability", "resolution", "uncertainty", "auc", "andi", "overconfidence"] as const) {
      if (want[key] === null) expect(got[key], `${label} ${key}`).toBeNull();
      else expect(Math.abs(got[key]! - want[key]!), `${label} ${key}`).toBeLessThan(1e-9);
    }
    // The confidence panel reads the three levels together: each as its own filter would.
    if (!filter.confidence) {
      const levels = ["low", "moderate", "high"] as const;
      const byLevel = await calibrationCountsByConfidence(getDb(), filter, [...levels]);
      levels.forEach((level, i) => {
        const wantLevel = calibrate(countsOf(kept.filter((e) => e.confidence === level).flatMap((e) => e.statements)));
        const gotLevel = calibrate(byLevel[i]);
        expect(gotLevel.bins.map((b) => b.n), `${label} ${level}`).toEqual(wantLevel.bins.map((b) => b.n));
        if (wantLevel.brier !== null) expect(Math.abs(gotLevel.brier! - wantLevel.brier), `${label} ${level} brier`).toBeLessThan(1e-9);
        if (wantLevel.auc !== null) expect(Math.abs(gotLevel.auc! - wantLevel.auc), `${label} ${level} auc`).toBeLessThan(1e-9);
      });
      expect(levels.map((_, i) => calibrate(byLevel[i]).n).reduce((a, b) => a + b, 0), `${label} levels add up`).toBe(want.n);
      const aggregateByLevel = await calibrationCountsByConfidence(getDb(), filter, [...levels], "aggregate");
      for (const [i, level] of levels.entries()) {
        const wantLevel = calibrate(countsOf(kept.filter((e) => e.confidence === level).flatMap((e) => e.aggregate)));
        expect(calibrate(aggregateByLevel[i]).bins.map((b) => b.n), `${label} ${level} aggregate`).toEqual(wantLevel.bins.map((b) => b.n));
      }
    }
    const wantAggregate = calibrate(countsOf(kept.flatMap((e) => e.aggregate)));
    const gotAggregate = calibrate(await calibrationCounts(getDb(), filter, "aggregate"));
    expect(gotAggregate.bins.map((b) => b.n), `${label} aggregate`).toEqual(wantAggregate.bins.map((b) => b.n));
    if (wantAggregate.brier !== null) expect(Math.abs(gotAggregate.brier! - wantAggregate.brier), `${label} aggregate brier`).toBeLessThan(1e-9);
    if (wantAggregate.auc !== null) expect(Math.abs(gotAggregate.auc! - wantAggregate.auc), `${label} aggregate auc`).toBeLessThan(1e-9);
    const wantTrend = quarterlyTrend(cellsOf(kept.flatMap((e) => e.statements.map((st) => ({ ...countsOf([st])[0], month: monthOf(e.knownAt) })))));
    const gotTrend = quarterlyTrend(await calibrationTrendCells(getDb(), filter));
    expect(gotTrend.map((q) => [q.quarter, q.n]), `${label} trend`).toEqual(wantTrend.map((q) => [q.quarter, q.n]));
    gotTrend.forEach((q, i) => {
      expect(Math.abs(q.brier! - wantTrend[i].brier!), `${label} trend brier`).toBeLessThan(1e-9);
      expect(Math.abs(q.reliability! - wantTrend[i].reliability!), `${label} trend reliability`).toBeLessThan(1e-9);
    });
    const summary = await scoreSummary(manager.actor, {
      teamId: filter.teamId,
      tag: filter.tag,
      confidence: filter.confidence,
      matured: filter.matured ?? false,
      from: filter.from === undefined ? undefined : new Date(filter.from).toISOString().slice(0, 10),
      to: filter.to === undefined ? undefined : new Date(filter.to).toISOString().slice(0, 10),
    });
    const byAnalyst = new Map<string, number[]>();
    for (const s of kept.flatMap((e) => e.scores)) byAnalyst.set(s.analyst, [...(byAnalyst.get(s.analyst) ?? []), s.finalBrier]);
    const gotAnalysts = new Map(summary.analysts.map((a) => [emailOf.get(a.analystId)!, a]));
    expect([...gotAnalysts.keys()].sort(), label).toEqual([...byAnalyst.keys()].sort());
    for (const [email, list] of byAnalyst) {
      expect(gotAnalysts.get(email)!.forecasts, `${label} ${email}`).toBe(list.length);
      expect(Math.abs(gotAnalysts.get(email)!.meanFinalBrier - list.reduce((a, b) => a + b, 0) / list.length), `${label} ${email}`).toBeLessThan(1e-9);
    }
    // The median beside them: everyone's, or the team's over its members now.
    const medians = kept.flatMap((e) => scoreAggregate(e.toScore, filter.teamId ? team.members : undefined) ?? []);
    expect(summary.aggregate.forecasts, `${label} median`).toBe(medians.length);
    if (medians.length > 0) {
      expect(Math.abs(summary.aggregate.meanFinalBrier! - medians.reduce((a, m) => a + m.finalBrier, 0) / medians.length), `${label} median brier`).toBeLessThan(1e-9);
      expect(Math.abs(summary.aggregate.meanTimeAveragedBrier! - medians.reduce((a, m) => a + m.timeAveragedBrier, 0) / medians.length), `${label} median time-averaged`).toBeLessThan(1e-9);
    }
    if (filter.teamId && !filter.from && !filter.matured) expect(medians.length, `${label}: the team has a median to compare`).toBeGreaterThan(3);
  }
}

describe("the dashboards' figures equal a recomputation from the raw records", () => {
  test("random histories: two imports, then rounds of resolutions, annulments and reopenings", async () => {
    const random = seededRandom(1313);
    const analysts = await Promise.all(["Ana", "Ben", "Cai", "Dee", "Eli"].map((name) => persona(name, "analyst")));
    const reviewer = await persona("Rex", "reviewer");
    const admin = await persona("Mia", "admin");
    const manager = await persona("Max", "manager");
    const emailOf = new Map([...analysts, reviewer].map((p) => [p.actor.id, p.actor.email]));
    // A team whose membership changes between rounds: its figures must follow at once.
    const team: TeamNow = { id: (await createTeam(manager.actor, { name: "Desk A" }, NOW)).id, members: new Set() };
    const join = async (p: Persona, member: boolean) => {
      await setMembership(manager.actor, { teamId: team.id, userId: p.actor.id }, member, NOW);
      if (member) team.members.add(p.actor.email);
      else team.members.delete(p.actor.email);
    };
    for (const p of analysts.slice(0, 3)) await join(p, true);
    const all: SyntheticForecast[] = [];
    const ids: string[] = [];
    const importOne = async (seed: number) => {
      const file = syntheticTrackRecord({ forecasts: 16, predictions: 60 + Math.floor(random() * 100), analysts: analysts.map((p) => p.actor.email), resolvedShare: 0.6, seed, now: NOW, historyDays: 400 });
      const result = await importTrackRecord(admin.actor, file, NOW);
      all.push(...file.forecasts);
      ids.push(...result.ids);
    };
    await importOne(1);
    await check(all, emailOf, manager, "after the first import", team);
    for (let round = 1; round <= 3; round++) {
      if (round === 2) await importOne(2);
      for (const [i, f] of all.entries()) {
        if (random() > 0.4) continue;
        const dto = await getForecast(admin.actor, ids[i], NOW);
        const scenarioIds = dto.scenarios.map((s) => s.id);
        const created = Date.parse(f.createdAt);
        const knownAt = new Date(Math.min(NOW - 1000, created + Math.floor(random() * (NOW - created)))).toISOString();
        if (f.resolution) {
          await reopenForecast(admin.actor, ids[i], { reason: `Round ${round}.` }, NOW);
          delete f.resolution;
        } else {
          const outcome = Math.floor(random() * scenarioIds.length);
          const annul = random() < 0.1;
          await resolveForecast(reviewer.actor, ids[i], annul ? { annulled: true, outcomeKnownAt: knownAt, rationale: "Moot." } : { outcomeScenarioId: scenarioIds[outcome], outcomeKnownAt: knownAt, rationale: `Round ${round}.` }, NOW);
          f.resolution = annul ? { annulled: true, outcomeKnownAt: knownAt } : { outcome, outcomeKnownAt: knownAt };
        }
      }
      await check(all, emailOf, manager, `round ${round}`, team);
      // Someone leaves and someone joins; the next check (and this one) sees the team as it is.
      await join(analysts[round - 1], false);
      await join(analysts[(round + 2) % analysts.length], true);
      await check(all, emailOf, manager, `round ${round}, after membership changes`, team);
    }
  }, 120_000);
});

describe("splitWholeMonths", () => {
  test("whole quarters from the quarter rows, the months at either end from the month rows", () => {
    expect(splitWholeMonths({ from: 202511, to: 202609 })).toEqual({ quarters: { from: 202601, to: 202607 }, months: [{ from: 202511, to: 202512 }] });
    expect(splitWholeMonths({ to: 202605 })).toEqual({ quarters: { from: undefined, to: 202601 }, months: [{ from: 202604, to: 202605 }] });
    expect(splitWholeMonths({ from: 202502, to: 202505 })).toEqual({ quarters: null, months: [{ from: 202502, to: 202505 }] });
    expect(splitWholeMonths({ from: 202410 })).toEqual({ quarters: { from: 202410, to: undefined }, months: [] });
  });
});
