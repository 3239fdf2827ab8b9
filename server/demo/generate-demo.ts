import "server-only";
import { sql } from "drizzle-orm";
import { engine, executeStatement, getDb, sqliteEngine, withTransaction, type Conn } from "@/db/client";
import { addForeignKeys, createIndexes, dropForeignKeys, dropSecondaryIndexes } from "@/db/queries/bulk";
import { writeAudit } from "@/db/queries/audit";
import { insertRows } from "@/db/queries/import";
import { insertUser } from "@/db/queries/users";
import { rebuildTallies } from "@/db/queries/tally-rebuild";
import { aggregateScore, aggregateStatement, eventLink, eventRecord, forecast, forecastScore, forecastTag, indicator, prediction, predictionProbability, probabilityStatement, report, resolution, scenario, team, teamAggregateScore, teamMember } from "@/db/schema";
import { canImport, type Actor } from "@/lib/auth/policy";
import { Forbidden } from "@/lib/errors";
import { analystName, eventText, forecastText, pick, randomTenths, seededRandom, tagPicker } from "@/lib/demo/synthetic";
import { rowsToStore, type ScoringRows } from "../scoring/score-rows";
import { auditActorId } from "../system-actor";

const DAY = 86_400_000;
const YEARS_OF_HISTORY = 3;
const BATCH = 2_000;
/** The one forecast that gets this many predictions: GET /api/v1/forecasts/:id's worst case. */
const BUSY_FORECAST_PREDICTIONS = 1_018;

export interface DemoScale {
  forecasts: number;
  analysts: number;
  predictions: number;
  events: number;
  seed: number;
}

interface PlannedForecast {
  id: string;
  createdAt: number;
  /** The last moment a prediction may be made: the horizon, or now for open ones. */
  lastPredictionAt: number;
  scenarioIds: string[];
  indicatorIds: { id: string; createdAt: number }[];
  /** Resolved to a scenario (not annulled): scored once every prediction is written. */
  scored: boolean;
  /** The scenario that will occur (index), which skilled analysts lean towards. */
  outcome: number;
}

/**
 * `demo:generate`: synthetic data at a given scale, for benchmarks (SPEC §7). Written in bounded
 * transactions of a few thousand rows, so a running app keeps answering meanwhile; back-dated like
 * an import, so admins only.
 */
export async function generateDemo(actor: Actor, scale: DemoScale, now: number, report: (line: string) => void = () => {}) {
  if (!canImport(actor)) throw new Forbidden("Only an admin can generate demo data: it is back-dated like an import.");
  // Each progress line says how long the run has taken so far, so a slow step shows.
  const started = performance.now();
  const progress = (line: string) => report(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  const writer = sqliteEngine()?.writer;
  const cacheBefore = writer?.pragma("cache_size", { simple: true });
  // Random keys land all over tables of hundreds of megabytes: with SQLite's default 2 MB page
  // cache nearly every insert reads and rewrites pages from disk. A bigger cache, for this run only.
  writer?.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
  try {
    return await generate(actor, scale, now, progress);
  } finally {
    writer?.pragma(`cache_size = ${cacheBefore}`);
  }
}

/**
 * Ids in the order they are made (UUID version 7's layout: a 48-bit counter from the run's start
 * time, then random bits): rows then land at the end of their tables' key and index B-trees instead
 * of all over them, so each transaction rewrites a few pages rather than most of a large table.
 */
function orderedIds(start: number): () => string {
  let counter = start;
  return () => {
    const time = (counter++).toString(16).padStart(12, "0");
    const random = crypto.randomUUID();
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19, 23)}-${random.slice(24)}`;
  };
}

let nextId = orderedIds(0);

/** The page cache (KiB) of SQLite's writer while demo data is generated. */
const LOAD_CACHE_KIB = 512 * 1024;

/** The tables demo:generate fills in bulk: on a fresh database their read indexes are built after the load. */
const BULK_TABLES = ["forecast", "scenario", "forecast_tag", "prediction", "prediction_probability", "resolution", "indicator", "event", "event_link", "forecast_score", "probability_statement", "aggregate_score", "aggregate_statement", "team_aggregate_score"];

/**
 * On a database without forecasts (the usual case: a fresh one for a benchmark), everything in one
 * transaction, with the bulk tables' secondary indexes dropped first and built once at the end —
 * all or nothing, and no reader ever sees a table without its indexes. Otherwise in bounded
 * transactions of a batch of forecasts each, so a running app keeps answering meanwhile.
 */
async function generate(actor: Actor, scale: DemoScale, now: number, progress: (line: string) => void) {
  const fresh = (await getDb().select({ id: forecast.id }).from(forecast).limit(1)).length === 0;
  if (!fresh) return load(actor, scale, now, progress);
  return withTransaction(async (tx) => {
    // PostgreSQL: room for the tallies' grouping and the index builds' sorts in memory, for this transaction only.
    if (engine() === "pg") await executeStatement(tx, sql.raw("set local work_mem = '256MB'; set local maintenance_work_mem = '256MB'"));
    const indexes = await dropSecondaryIndexes(tx, BULK_TABLES);
    const keys = await dropForeignKeys(tx, BULK_TABLES);
    const result = await withoutTagCountTrigger(tx, () => load(actor, scale, now, progress));
    await createIndexes(tx, indexes);
    progress(`${indexes.length} indexes built`);
    await addForeignKeys(tx, keys);
    if (keys.length > 0) progress(`${keys.length} foreign keys checked`);
    // PostgreSQL plans by its statistics: gather them now rather than when autovacuum gets round to it.
    if (engine() === "pg") await executeStatement(tx, sql.raw(`analyze ${BULK_TABLES.join(", ")}, statement_tally, score_tally, trend_tally`));
    return result;
  });
}

/**
 * PostgreSQL's `forecast_tag_count` trigger upserts a tag's row for every tag written: on a fresh
 * load, hundreds of thousands of updates of a few hundred rows in one transaction, each a new row
 * version. Off during the load, then `tag_count` is what the trigger keeps it: each tag's forecasts.
 * (SQLite's trigger is an in-place update: it stays.)
 */
async function withoutTagCountTrigger<T>(tx: Conn, work: () => Promise<T>): Promise<T> {
  if (engine() !== "pg") return work();
  await executeStatement(tx, sql.raw("alter table forecast_tag disable trigger forecast_tag_count"));
  const result = await work();
  await executeStatement(tx, sql.raw("delete from tag_count"));
  await executeStatement(tx, sql.raw("insert into tag_count (tag, forecasts) select tag, count(*) from forecast_tag group by tag"));
  await executeStatement(tx, sql.raw("alter table forecast_tag enable trigger forecast_tag_count"));
  return result;
}

async function load(actor: Actor, scale: DemoScale, now: number, progress: (line: string) => void) {
  nextId = orderedIds(now);
  const random = seededRandom(scale.seed);
  const run = crypto.randomUUID().slice(0, 8);
  const analysts = await insertAnalysts(scale.analysts, run, now);
  progress(`${analysts.all.length} analysts in ${analysts.teams.length} teams, ${analysts.reports.length} reports`);
  const extras = extraPredictionsPerForecast(seededRandom(scale.seed + 1), scale.forecasts, scale.predictions - scale.forecasts);
  const planned: PlannedForecast[] = [];
  let predictions = 0;
  let scores = 0;
  // Each batch is planned while the one before is being written: on PostgreSQL the database works
  // on one core while this process computes the next batch on the other (SQLite writes in process).
  let writing: Promise<void> | null = null;
  for (let start = 0; start < scale.forecasts; start += BATCH) {
    const count = Math.min(BATCH, scale.forecasts - start);
    const batch = planForecastBatch(random, count, start === 0, extras.subarray(start, start + count), analysts, now);
    await writing;
    writing = batch.write();
    planned.push(...batch.planned);
    predictions += batch.predictions;
    scores += batch.scores;
    progress(`${planned.length} forecasts, ${predictions} predictions`);
  }
  await writing;
  // The tallies of every stored statement and score, added up once rather than forecast by forecast.
  await withTransaction((tx) => rebuildTallies(tx));
  progress(`${scores} scores, tallied`);
  const events = await insertEvents(random, planned, analysts.all, scale.events, now);
  progress(`${events} events`);
  await withTransaction(async (tx) => {
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "demo.generate", entity: "forecast", entityId: planned[0]?.id ?? "none", after: { ...scale, run } });
  });
  return { analysts: analysts.all.length, forecasts: planned.length, predictions, events, busyForecastId: planned[0]?.id ?? null };
}

/** How many predictions each forecast gets beyond its author's first: the busy forecast's thousand, the rest spread evenly at random. */
function extraPredictionsPerForecast(random: () => number, forecasts: number, extra: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, forecasts));
  if (forecasts === 0 || extra <= 0) return counts;
  const busy = Math.min(extra, BUSY_FORECAST_PREDICTIONS - 1);
  counts[0] = busy;
  for (let i = busy; i < extra; i++) counts[Math.floor(random() * forecasts)]++;
  return counts;
}

interface Analysts {
  all: string[];
  /** Each analyst's teams (one each), as `rowsToStore` reads membership. */
  teamsOfAnalyst: Map<string, string[]>;
  reviewers: string[];
  /** Each analyst's skill, 0 (guesses) to 0.6 (leans well towards what happens). */
  skill: Map<string, number>;
  teams: string[];
  teamOf: Map<string, string>;
  reports: string[];
}

/** The analysts, every tenth a reviewer too; teams of about fifty; a report per five analysts. */
async function insertAnalysts(count: number, run: string, now: number): Promise<Analysts> {
  const all = Array.from({ length: Math.max(1, count) }, () => crypto.randomUUID());
  const reviewers: string[] = [];
  const at = now - YEARS_OF_HISTORY * 365 * DAY;
  const teams = Array.from({ length: Math.max(1, Math.round(all.length / 50)) }, () => crypto.randomUUID());
  const teamOf = new Map(all.map((id, index) => [id, teams[index % teams.length]]));
  const reports = Array.from({ length: Math.max(1, Math.round(all.length / 5)) }, () => crypto.randomUUID());
  await withTransaction(async (tx) => {
    for (const [index, id] of all.entries()) {
      // Every tenth analyst reviews too, so resolutions have someone to be by.
      const reviewer = index % 10 === 9 || all.length === 1;
      if (reviewer) reviewers.push(id);
      await insertUser(tx, { id, name: analystName(index), email: `analyst-${run}-${index + 1}@demo.signpost.example`, roles: reviewer ? ["analyst", "reviewer"] : ["analyst"], passwordHash: null, at });
    }
    await insertRows(tx, team, teams.map((id, i) => ({ id, name: `Desk ${i + 1} (${run})`, createdAt: at })));
    await insertRows(tx, teamMember, all.map((userId) => ({ teamId: teamOf.get(userId)!, userId })));
    await insertRows(tx, report, reports.map((id, i) => ({ id, title: `Assessment ${i + 1} (${run})`, authors: "", publishedAt: new Date(at + i * DAY).toISOString().slice(0, 10), url: null, body: "A synthetic report.", createdBy: all[i % all.length], createdAt: at + i * DAY })));
  });
  return { all, teamsOfAnalyst: new Map(all.map((id) => [id, [teamOf.get(id)!]])), reviewers, skill: new Map(all.map((id, index) => [id, (index % 7) / 10])), teams, teamOf, reports };
}

/** Random probabilities pulled towards the outcome by the analyst's skill, in tenths summing to 1000. */
function skilledTenths(random: () => number, count: number, outcome: number, skill: number): number[] {
  const tenths = randomTenths(random, count).map((t, k) => Math.round(t * (1 - skill) + (k === outcome ? 1000 * skill : 0)));
  for (let k = 0; k < count; k++) tenths[k] = Math.max(1, Math.min(999, tenths[k]));
  const excess = tenths.reduce((a, b) => a + b, 0) - 1000;
  const largest = tenths.indexOf(Math.max(...tenths));
  tenths[largest] -= excess;
  return tenths;
}

/**
 * A batch of forecasts with all their predictions, and for the resolved ones what a resolution
 * stores (`rowsToStore`: scores, statements, everyone's and each team's median), computed from the
 * rows in hand instead of read back; `write` writes them in one transaction. Tallies are left to the end.
 */
function planForecastBatch(random: () => number, count: number, includesBusy: boolean, extras: Uint32Array, analysts: Analysts, now: number): { planned: PlannedForecast[]; predictions: number; scores: number; write: () => Promise<void> } {
  const nextTag = tagPicker(400);
  const rows = { forecasts: [] as (typeof forecast.$inferInsert)[], scenarios: [] as (typeof scenario.$inferInsert)[], tags: [] as (typeof forecastTag.$inferInsert)[] };
  const predictions: (typeof prediction.$inferInsert)[] = [];
  const probabilities: (typeof predictionProbability.$inferInsert)[] = [];
  const resolutions: (typeof resolution.$inferInsert)[] = [];
  const indicators: (typeof indicator.$inferInsert)[] = [];
  const planned: PlannedForecast[] = [];
  const scoreRows = { scores: [] as ScoringRows["scores"], statements: [] as ScoringRows["statements"], aggregates: [] as NonNullable<ScoringRows["aggregate"]>[], aggregateStatements: [] as ScoringRows["aggregateStatements"], teamAggregates: [] as ScoringRows["teamAggregates"] };
  for (let i = 0; i < count; i++) {
    const busy = includesBusy && i === 0;
    const id = nextId();
    const createdAt = busy ? now - 365 * DAY : now - Math.floor((0.01 + random() * 0.99) * YEARS_OF_HISTORY * 365 * DAY);
    const closesAt = busy ? now + 90 * DAY : createdAt + Math.floor((30 + random() * 510) * DAY);
    const authorId = pick(random, analysts.all);
    const scenarioCount = busy ? 3 : random() < 0.55 ? 2 : random() < 0.6 ? 3 : random() < 0.6 ? 4 : random() < 0.5 ? 5 : 6;
    const outcome = Math.floor(random() * scenarioCount);
    const scenarioIds = Array.from({ length: scenarioCount }, () => nextId());
    rows.forecasts.push({ id, ...forecastText(random), resolutionCriteria: "Resolved from open reporting by the horizon.", closesAt, createdAt, confidence: pick(random, ["low", "moderate", "high"] as const), teamId: analysts.teamOf.get(authorId) ?? null, authorId, reportId: random() < 0.3 ? pick(random, analysts.reports) : null, excerpt: null });
    scenarioIds.forEach((scenarioId, position) => rows.scenarios.push({ id: scenarioId, forecastId: id, position, label: scenarioCount === 2 ? (position === 0 ? "Yes" : "No") : `Scenario ${position + 1}`, description: "", baseline: position === 0 }));
    for (const tag of new Set([nextTag(random), nextTag(random)])) rows.tags.push({ forecastId: id, tag, createdAt });
    const first = { id: nextId(), forecastId: id, analystId: authorId, createdAt, rationale: "First assessment." };
    predictions.push(first);
    skilledTenths(random, scenarioCount, outcome, analysts.skill.get(authorId) ?? 0).forEach((tenths, k) => probabilities.push({ predictionId: first.id, forecastId: id, scenarioId: scenarioIds[k], tenths }));
    const closed = closesAt <= now;
    let scored = false;
    if (closed && random() < 0.8) {
      const annulled = random() < 0.04;
      scored = !annulled;
      resolutions.push({ forecastId: id, annulled, outcomeScenarioId: annulled ? null : scenarioIds[outcome], outcomeKnownAt: closesAt - Math.floor(random() * 20 * DAY), rationale: "Resolved from open reporting.", resolverId: pick(random, analysts.reviewers), createdAt: Math.min(now, closesAt + 2 * DAY) });
    }
    const lastPredictionAt = Math.min(closesAt, now);
    const known = [{ id: first.id, analystId: authorId, createdAt, probabilities: {} as Record<string, number> }];
    probabilities.slice(-scenarioCount).forEach((p) => (known[0].probabilities[p.scenarioId] = p.tenths / 10));
    for (let e = 0; e < extras[i]; e++) {
      const predictionId = nextId();
      const at = createdAt + 1 + Math.floor(random() * Math.max(1, lastPredictionAt - createdAt - 1));
      const analystId = pick(random, analysts.all);
      predictions.push({ id: predictionId, forecastId: id, analystId, createdAt: at, rationale: "" });
      const vector: Record<string, number> = {};
      skilledTenths(random, scenarioCount, outcome, analysts.skill.get(analystId) ?? 0).forEach((tenths, k) => {
        probabilities.push({ predictionId, forecastId: id, scenarioId: scenarioIds[k], tenths });
        vector[scenarioIds[k]] = tenths / 10;
      });
      known.push({ id: predictionId, analystId, createdAt: at, probabilities: vector });
    }
    if (scored) {
      const r = resolutions.at(-1)!;
      const stored = rowsToStore(
        {
          forecast: { id, closesAt, confidence: rows.forecasts.at(-1)!.confidence ?? null, reportId: rows.forecasts.at(-1)!.reportId ?? null },
          resolution: { outcomeScenarioId: r.outcomeScenarioId ?? null, annulled: false, outcomeKnownAt: r.outcomeKnownAt },
          scenarioIds,
          // In the order the app reads them (predictionsOf: by time, then id).
          predictions: known.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        },
        analysts.teamsOfAnalyst,
      );
      scoreRows.scores.push(...stored.scores);
      scoreRows.statements.push(...stored.statements);
      if (stored.aggregate) scoreRows.aggregates.push(stored.aggregate);
      scoreRows.aggregateStatements.push(...stored.aggregateStatements);
      scoreRows.teamAggregates.push(...stored.teamAggregates);
    }
    const ownIndicators = random() < 0.25 || busy ? [{ id: nextId(), createdAt }] : [];
    for (const own of ownIndicators) {
      indicators.push({ id: own.id, forecastId: id, scenarioId: pick(random, scenarioIds), description: "A strike claimed by the group", direction: random() < 0.5 ? "for" : "against", likelihoodRatio: pick(random, [1.5, 3, 10]), expectedBy: null, createdBy: authorId, createdAt });
    }
    planned.push({ id, createdAt, lastPredictionAt: Math.min(closesAt, now), scenarioIds, indicatorIds: ownIndicators, scored, outcome });
  }
  const write = () =>
    withTransaction(async (tx) => {
    await insertRows(tx, forecast, rows.forecasts);
    await insertRows(tx, scenario, rows.scenarios);
    await insertRows(tx, forecastTag, rows.tags);
    await insertRows(tx, prediction, predictions);
    await insertRows(tx, predictionProbability, probabilities);
    await insertRows(tx, resolution, resolutions);
    await insertRows(tx, indicator, indicators);
    await insertRows(tx, forecastScore, scoreRows.scores);
    await insertRows(tx, probabilityStatement, scoreRows.statements);
    await insertRows(tx, aggregateScore, scoreRows.aggregates);
    await insertRows(tx, aggregateStatement, scoreRows.aggregateStatements);
    await insertRows(tx, teamAggregateScore, scoreRows.teamAggregates);
  });
  return { planned, predictions: predictions.length, scores: scoreRows.scores.length, write };
}

async function insertEvents(random: () => number, planned: PlannedForecast[], analysts: string[], count: number, now: number): Promise<number> {
  const withIndicators = planned.filter((f) => f.indicatorIds.length > 0);
  for (let start = 0; start < count; start += BATCH) {
    const events: (typeof eventRecord.$inferInsert)[] = [];
    const links: (typeof eventLink.$inferInsert)[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const id = nextId();
      const occurredAt = now - Math.floor(random() * YEARS_OF_HISTORY * 365 * DAY);
      const createdBy = pick(random, analysts);
      events.push({ id, occurredAt, ...eventText(random), sourceUrl: null, sourceReliability: pick(random, ["A", "B", "C", "D", "E", "F"] as const), infoCredibility: 1 + Math.floor(random() * 6), createdBy, createdAt: Math.max(occurredAt, now - DAY) });
      if (withIndicators.length > 0 && random() < 0.7) {
        const target = pick(random, withIndicators);
        links.push({ id: nextId(), eventId: id, indicatorId: target.indicatorIds[0].id, note: "", createdBy, createdAt: now - DAY });
      }
    }
    await withTransaction(async (tx) => {
      await insertRows(tx, eventRecord, events);
      await insertRows(tx, eventLink, links);
    });
  }
  return count;
}
