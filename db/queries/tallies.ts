import "server-only";
import { and, eq, gt, gte, inArray, lte, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { engine, executeStatement, sqliteEngine, type Conn } from "../client";
import { upsertByColumns } from "./bulk";
import { aggregateScore, aggregateStatement, forecastScore, forecastTag, probabilityStatement, scoreTally, statementTally, teamAggregateScore, teamMember, trendTally, user } from "../schema";
import type { ScoreFilter } from "./scores";

/**
 * The tallies (`statement_tally`, `score_tally`): sums of the stored statements and scores per
 * filter dimension, UTC month and matured flag, changed by the same transaction that writes or
 * deletes the rows they sum (`adjustTallies`), and read by `tallyScope` when a filter is one the
 * tallies can answer. What they add up to is exactly what a GROUP BY over the rows gives
 * (`tallies.property.db.test.ts` checks that after random histories).
 */

/** The keys every stored statement, score and aggregate row carries (the filters of SPEC §5). */
export interface KeyedRow {
  forecastId: string;
  outcomeKnownAt: number;
  matured: boolean;
  confidence: "low" | "moderate" | "high" | null;
  reportId: string | null;
}
export interface StatementLike extends KeyedRow {
  tenths: number;
  outcome: number;
  /** An analyst's statement (counted in their teams' rows too); absent on the aggregate's. */
  analystId?: string;
}
export interface ScoreLike extends KeyedRow {
  analystId: string;
  finalBrier: number;
  timeAveragedBrier: number;
  relativeBrier: number;
  finalLogScore: number;
}
export interface AggregateLike extends KeyedRow {
  finalBrier: number;
  timeAveragedBrier: number;
  finalLogScore: number;
}
export interface TeamAggregateLike extends AggregateLike {
  teamId: string;
}

/** The rows whose contributions `adjustTallies` adds or takes away. */
export interface TalliedRows {
  statements: StatementLike[];
  scores: ScoreLike[];
  aggregates: AggregateLike[];
  aggregateStatements: StatementLike[];
  /** Teams' medians: counted in their team's score rows, as the analyst ''. */
  teamAggregates?: TeamAggregateLike[];
}

/**
 * Everyone's and each confidence's rows are kept per month as well (date ranges, the trend); a
 * tag's, a report's or a team's only all time — hundreds of keys times a thousand probabilities a
 * month would outgrow the statements themselves — so those with dates read the stored rows (the
 * trend tally keeps months for every dimension: it has ten deciles, not a thousand probabilities).
 * A team's rows sum the statements and scores of its current members (`team_member`): they change
 * when a statement is written or deleted, and when someone joins or leaves the team
 * (`retallyMembership`), in the same transaction.
 */
const MONTHLY_DIMENSIONS = new Set(["all", "confidence"]);

/**
 * Where a statement or score is counted, as (dimension, month): its all-time row, and for the
 * monthly dimensions its month's row and its quarter's (`all@q`, month = the quarter's first
 * month), so a range of a year reads four quarters and a few months rather than twelve months.
 */
function rowsKept(dim: string, outcomeKnownAt: number): [string, number][] {
  if (!MONTHLY_DIMENSIONS.has(dim)) return [[dim, ALL_TIME]];
  const month = monthOf(outcomeKnownAt);
  return [
    [dim, month],
    [dim, ALL_TIME],
    [dim + QUARTER_SUFFIX, quarterOf(month)],
  ];
}

/** The dimension suffix of the quarter rows. */
export const QUARTER_SUFFIX = "@q";

/** The first month (YYYYMM) of a month's quarter. */
export function quarterOf(month: number): number {
  return Math.floor(month / 100) * 100 + Math.floor(((month % 100) - 1) / 3) * 3 + 1;
}

function addMonths(month: number, k: number): number {
  const index = Math.floor(month / 100) * 12 + (month % 100) - 1 + k;
  return Math.floor(index / 12) * 100 + (index % 12) + 1;
}

export interface MonthRange {
  from?: number;
  to?: number;
}

/**
 * Whole months [from, to] (either end open) as the whole quarters inside them (read from the
 * quarter rows; null for none) and the months left at either end (read from the month rows).
 */
export function splitWholeMonths(range: MonthRange): { quarters: MonthRange | null; months: MonthRange[] } {
  const firstQuarter = range.from === undefined ? undefined : quarterOf(range.from) === range.from ? range.from : addMonths(quarterOf(range.from), 3);
  // The last quarter that ends by `to` (by its first month).
  const lastQuarter = range.to === undefined ? undefined : addMonths(quarterOf(range.to), 2) === range.to ? quarterOf(range.to) : addMonths(quarterOf(range.to), -3);
  if (firstQuarter !== undefined && lastQuarter !== undefined && firstQuarter > lastQuarter) return { quarters: null, months: [range] };
  const months: MonthRange[] = [];
  if (range.from !== undefined && firstQuarter! > range.from) months.push({ from: range.from, to: addMonths(firstQuarter!, -1) });
  if (range.to !== undefined && addMonths(lastQuarter!, 2) < range.to) months.push({ from: addMonths(lastQuarter!, 3), to: range.to });
  return { quarters: { from: firstQuarter, to: lastQuarter }, months };
}

/** The aggregate forecast's statements are tallied under `agg-all`, `agg-tag`, … */
export const AGGREGATE_PREFIX = "agg-";

/** The `month` of the all-time rows: a filter without dates reads these alone. */
export const ALL_TIME = 0;

/** The aggregate forecast's rows in `score_tally`. */
export const AGGREGATE_ANALYST = "";

/** YYYYMM of an instant, in UTC: the tallies' time key. */
export function monthOf(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 100 + date.getUTCMonth() + 1;
}

function monthStart(month: number): number {
  return Date.UTC(Math.floor(month / 100), (month % 100) - 1, 1);
}

function nextMonth(month: number): number {
  return month % 100 === 12 ? month + 89 : month + 1;
}

function previousMonth(month: number): number {
  return month % 100 === 1 ? month - 89 : month - 1;
}

function dimensionsOf(row: KeyedRow, tags: readonly string[], teams: readonly string[] = []): [string, string][] {
  const dims: [string, string][] = [["all", ""]];
  for (const tag of tags) dims.push(["tag", tag]);
  if (row.confidence) dims.push(["confidence", row.confidence]);
  if (row.reportId) dims.push(["report", row.reportId]);
  for (const team of teams) dims.push(["team", team]);
  return dims;
}

/** What `adjustTallies` counts a row under: every dimension, or (a membership change) one team's alone. */
interface Dimensioner {
  of(row: KeyedRow, analystId: string | undefined): [string, string][];
}

/**
 * The current teams of these analysts. On PostgreSQL their user rows are locked for share first,
 * so a membership change (which locks the person's row for update before it re-tallies) and a
 * transaction that tallies their statements never interleave: whichever commits second sees the other.
 */
export async function teamsOfAnalysts(tx: Conn, analystIds: string[]): Promise<Map<string, string[]>> {
  const teams = new Map<string, string[]>();
  for (let start = 0; start < analystIds.length; start += 5_000) {
    const part = analystIds.slice(start, start + 5_000);
    if (engine() === "pg") await executeStatement(tx, sql`select 1 from ${user} where ${inArray(user.id, part)} for share`);
    const rows = await tx.select({ userId: teamMember.userId, teamId: teamMember.teamId }).from(teamMember).where(inArray(teamMember.userId, part));
    for (const row of rows) teams.set(row.userId, [...(teams.get(row.userId) ?? []), row.teamId]);
  }
  return teams;
}

async function tagsOf(tx: Conn, forecastIds: string[], pace: () => Promise<void>): Promise<Map<string, string[]>> {
  const tags = new Map<string, string[]>();
  const unique = [...new Set(forecastIds)];
  for (let start = 0; start < unique.length; start += 1_000) {
    await pace();
    const rows = await tx.select({ forecastId: forecastTag.forecastId, tag: forecastTag.tag }).from(forecastTag).where(inArray(forecastTag.forecastId, unique.slice(start, start + 1_000)));
    for (const row of rows) tags.set(row.forecastId, [...(tags.get(row.forecastId) ?? []), row.tag]);
  }
  return tags;
}

/**
 * Adds (`sign` 1) or takes away (-1) these rows' contributions to the tallies, inside the
 * caller's transaction. A sum whose count returns to zero is reset to exactly 0, so no rounding
 * residue outlives the rows.
 */
export async function adjustTallies(
  tx: Conn,
  rows: TalliedRows,
  sign: 1 | -1,
  options: {
    /** A membership change: count the rows under this team alone. */
    onlyTeam?: string;
    /** Called every few hundred rows (an import's `pacer`): on SQLite every statement runs synchronously. */
    pace?: () => Promise<void>;
  } = {},
): Promise<void> {
  const { onlyTeam } = options;
  const pace = options.pace ?? (async () => {});
  const teamAggregates = rows.teamAggregates ?? [];
  if ([rows.statements, rows.scores, rows.aggregates, rows.aggregateStatements, teamAggregates].every((list) => list.length === 0)) return;
  const dimensioner = await dimensionerFor(tx, rows, onlyTeam, pace);
  const statementDeltas = new Map<string, typeof statementTally.$inferInsert>();
  const trendDeltas = new Map<string, typeof trendTally.$inferInsert>();
  // The aggregate forecast's pairs count under the same dimensions with an `agg-` prefix.
  const labelled = [{ list: rows.statements, prefix: "" }, { list: rows.aggregateStatements, prefix: AGGREGATE_PREFIX }];
  let walked = 0;
  for (const { list, prefix } of labelled) for (const s of list) {
    if (walked++ % ROWS_BETWEEN_PACES === 0) await pace();
    const p = s.tenths / 1000;
    const decile = Math.min(9, Math.floor(s.tenths / 100));
    for (const [bare, key] of dimensioner.of(s, prefix ? undefined : s.analystId)) {
      const dim = prefix + bare;
      // Each statement counts in the all-time row (month 0), and in its month and quarter where the dimension keeps months.
      for (const [keptDim, month] of rowsKept(bare, s.outcomeKnownAt)) {
        const id = JSON.stringify([prefix + keptDim, key, month, s.matured, s.tenths, s.outcome]);
        const seen = statementDeltas.get(id) ?? { dim: prefix + keptDim, key, month, matured: s.matured, tenths: s.tenths, outcome: s.outcome, n: 0 };
        seen.n += sign;
        statementDeltas.set(id, seen);
      }
      const month = monthOf(s.outcomeKnownAt);
      const id = JSON.stringify([dim, key, month, s.matured, decile]);
      const cell = trendDeltas.get(id) ?? { dim, key, month, matured: s.matured, decile, n: 0, hits: 0, sumP: 0, sumSquaredError: 0 };
      cell.n += sign;
      cell.hits! += sign * s.outcome;
      cell.sumP! += sign * p;
      cell.sumSquaredError! += sign * (p - s.outcome) ** 2;
      trendDeltas.set(id, cell);
    }
  }
  const scoreDeltas = new Map<string, typeof scoreTally.$inferInsert>();
  const addScore = (dims: [string, string][], r: KeyedRow, analystId: string, s: { finalBrier: number; timeAveragedBrier: number; relativeBrier: number; finalLogScore: number }) => {
    for (const [bare, key] of dims) for (const [dim, month] of rowsKept(bare, r.outcomeKnownAt)) {
      const id = JSON.stringify([dim, key, month, r.matured, analystId]);
      const seen = scoreDeltas.get(id) ?? { dim, key, month, matured: r.matured, analystId, n: 0, sumFinalBrier: 0, sumTimeAveragedBrier: 0, sumRelativeBrier: 0, sumFinalLogScore: 0 };
      seen.n += sign;
      seen.sumFinalBrier! += sign * s.finalBrier;
      seen.sumTimeAveragedBrier! += sign * s.timeAveragedBrier;
      seen.sumRelativeBrier! += sign * s.relativeBrier;
      seen.sumFinalLogScore! += sign * s.finalLogScore;
      scoreDeltas.set(id, seen);
    }
  };
  for (const [index, s] of rows.scores.entries()) {
    if (index % ROWS_BETWEEN_PACES === 0) await pace();
    addScore(dimensioner.of(s, s.analystId), s, s.analystId, s);
  }
  for (const [index, a] of rows.aggregates.entries()) {
    if (index % ROWS_BETWEEN_PACES === 0) await pace();
    addScore(dimensioner.of(a, undefined), a, AGGREGATE_ANALYST, { ...a, relativeBrier: 0 });
  }
  // A team's median is that team's '' row, all time (a team keeps no months).
  for (const [index, a] of teamAggregates.entries()) {
    if (index % ROWS_BETWEEN_PACES === 0) await pace();
    if (onlyTeam === undefined || a.teamId === onlyTeam) addScore([["team", a.teamId]], a, AGGREGATE_ANALYST, { ...a, relativeBrier: 0 });
  }
  await upsertStatementTallies(tx, await changed(statementDeltas, pace), pace);
  await upsertScoreTallies(tx, await changed(scoreDeltas, pace), pace);
  await upsertTrendTallies(tx, await changed(trendDeltas, pace), pace);
}

/**
 * The dimensions of each row: its forecast's tags and its analyst's current teams, looked up once
 * for all the rows (one query after another: a PostgreSQL transaction is one connection).
 */
async function dimensionerFor(tx: Conn, rows: TalliedRows, onlyTeam: string | undefined, pace: () => Promise<void>): Promise<Dimensioner> {
  if (onlyTeam !== undefined) return { of: (_row, analystId) => (analystId === undefined ? [] : [["team", onlyTeam]]) };
  // Walked list by list rather than copied into one: an import passes hundreds of thousands of rows.
  const forecastIds = new Set<string>();
  const analystIds = new Set<string>();
  let walked = 0;
  for (const list of [rows.statements, rows.scores]) {
    for (const r of list) {
      if (walked++ % (ROWS_BETWEEN_PACES * 10) === 0) await pace();
      forecastIds.add(r.forecastId);
      if (r.analystId) analystIds.add(r.analystId);
    }
  }
  for (const list of [rows.aggregates, rows.aggregateStatements]) {
    for (const r of list) {
      if (walked++ % (ROWS_BETWEEN_PACES * 10) === 0) await pace();
      forecastIds.add(r.forecastId);
    }
  }
  const tags = await tagsOf(tx, [...forecastIds], pace);
  const teams = await teamsOfAnalysts(tx, [...analystIds]);
  return { of: (row, analystId) => dimensionsOf(row, tags.get(row.forecastId) ?? [], analystId === undefined ? [] : (teams.get(analystId) ?? [])) };
}

/** The deltas that change something (n ≠ 0), a few thousand at a time: an import has hundreds of thousands. */
async function changed<T extends { n?: number }>(deltas: Map<string, T>, pace: () => Promise<void>): Promise<T[]> {
  const rows: T[] = [];
  let walked = 0;
  for (const row of deltas.values()) {
    if (walked++ % (ROWS_BETWEEN_PACES * 10) === 0) await pace();
    if (row.n !== 0) rows.push(row);
  }
  return rows;
}

/** How many rows `adjustTallies` handles between calls of its `pace` (each a few milliseconds' work on SQLite). */
const ROWS_BETWEEN_PACES = 200;

async function upsertTrendTallies(tx: Conn, rows: (typeof trendTally.$inferInsert)[], pace: () => Promise<void>): Promise<void> {
  const sums = ["sum_p", "sum_squared_error"].map((name) => `${name} = case when n + excluded.n = 0 then 0 else ${name} + excluded.${name} end`).join(", ");
  const text = `insert into trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (dim, key, month, matured, decile) do update set ${sums}, hits = hits + excluded.hits, n = n + excluded.n`;
  const writer = sqliteWriter();
  if (writer) {
    const statement = writer.prepare(text);
    for (const [index, r] of rows.entries()) {
      if (index % ROWS_BETWEEN_PACES === 0) await pace();
      statement.run(r.dim, r.key, r.month, r.matured ? 1 : 0, r.decile, r.n, r.hits, r.sumP, r.sumSquaredError);
    }
    return;
  }
  const t = trendTally;
  const summed = (column: SQLWrapper, name: string) => sql`case when ${t.n} + excluded.n = 0 then 0 else ${column} + excluded.${sql.raw(name)} end`;
  for (let start = 0; start < rows.length; start += ROWS_PER_UPSERT) {
    await pace();
    await upsertByColumns(tx, t, rows.slice(start, start + ROWS_PER_UPSERT), {
        target: [t.dim, t.key, t.month, t.matured, t.decile],
        set: { n: sql`${t.n} + excluded.n`, hits: sql`${t.hits} + excluded.hits`, sumP: summed(t.sumP, "sum_p"), sumSquaredError: summed(t.sumSquaredError, "sum_squared_error") },
      });
  }
}

/** PostgreSQL: rows per upsert statement (each column one array parameter, see `upsertByColumns`). */
const ROWS_PER_UPSERT = 5_000;

/**
 * On SQLite, inside the transaction that holds the writer, one prepared upsert per row: building
 * drizzle's query objects for thousands of rows costs more than SQLite's own work (as `insertRows`).
 */
function sqliteWriter() {
  if (engine() === "pg") return null;
  const writer = sqliteEngine()?.writer;
  return writer?.inTransaction ? writer : null;
}

async function upsertStatementTallies(tx: Conn, rows: (typeof statementTally.$inferInsert)[], pace: () => Promise<void>): Promise<void> {
  const writer = sqliteWriter();
  if (writer) {
    const statement = writer.prepare("insert into statement_tally (dim, key, month, matured, tenths, outcome, n) values (?, ?, ?, ?, ?, ?, ?) on conflict (dim, key, month, matured, tenths, outcome) do update set n = n + excluded.n");
    for (const [index, r] of rows.entries()) {
      if (index % ROWS_BETWEEN_PACES === 0) await pace();
      statement.run(r.dim, r.key, r.month, r.matured ? 1 : 0, r.tenths, r.outcome, r.n);
    }
    return;
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_UPSERT) {
    await pace();
    await upsertByColumns(tx, statementTally, rows.slice(start, start + ROWS_PER_UPSERT), {
        target: [statementTally.dim, statementTally.key, statementTally.month, statementTally.matured, statementTally.tenths, statementTally.outcome],
        set: { n: sql`${statementTally.n} + excluded.n` },
      });
  }
}

async function upsertScoreTallies(tx: Conn, rows: (typeof scoreTally.$inferInsert)[], pace: () => Promise<void>): Promise<void> {
  const writer = sqliteWriter();
  if (writer) {
    const summed = (name: string) => `${name} = case when n + excluded.n = 0 then 0 else ${name} + excluded.${name} end`;
    const statement = writer.prepare(
      `insert into score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (dim, key, month, matured, analyst_id) do update set ${["sum_final_brier", "sum_time_averaged_brier", "sum_relative_brier", "sum_final_log_score"].map(summed).join(", ")}, n = n + excluded.n`,
    );
    for (const [index, r] of rows.entries()) {
      if (index % ROWS_BETWEEN_PACES === 0) await pace();
      statement.run(r.dim, r.key, r.month, r.matured ? 1 : 0, r.analystId, r.n, r.sumFinalBrier, r.sumTimeAveragedBrier, r.sumRelativeBrier, r.sumFinalLogScore);
    }
    return;
  }
  const summed = (column: SQLWrapper, name: string) => sql`case when ${scoreTally.n} + excluded.n = 0 then 0 else ${column} + excluded.${sql.raw(name)} end`;
  for (let start = 0; start < rows.length; start += ROWS_PER_UPSERT) {
    await pace();
    await upsertByColumns(tx, scoreTally, rows.slice(start, start + ROWS_PER_UPSERT), {
        target: [scoreTally.dim, scoreTally.key, scoreTally.month, scoreTally.matured, scoreTally.analystId],
        set: {
          n: sql`${scoreTally.n} + excluded.n`,
          sumFinalBrier: summed(scoreTally.sumFinalBrier, "sum_final_brier"),
          sumTimeAveragedBrier: summed(scoreTally.sumTimeAveragedBrier, "sum_time_averaged_brier"),
          sumRelativeBrier: summed(scoreTally.sumRelativeBrier, "sum_relative_brier"),
          sumFinalLogScore: summed(scoreTally.sumFinalLogScore, "sum_final_log_score"),
        },
      });
  }
}

/**
 * Where a filter can be answered from the tallies: one dimension (everyone, a tag, a confidence
 * a report or a team; matured always, dates for everyone and a confidence), its whole months from
 * the tallies and the partial months at either end of a date range (`edges`) from the stored rows.
 * Null for what the tallies do not split by (an analyst, two dimensions at once, a tag, report or
 * team with dates): those read the rows, which an index on the analyst keeps small.
 */
export interface TallyScope {
  dim: string;
  key: string;
  matured: boolean;
  months: { from?: number; to?: number } | null;
  edges: { from: number; to: number }[];
}

export function tallyScope(filter: ScoreFilter): TallyScope | null {
  if (filter.analystIds) return null;
  const dims = [
    filter.tag ? ["tag", filter.tag.toLowerCase()] : null,
    filter.confidence ? ["confidence", filter.confidence] : null,
    filter.reportId ? ["report", filter.reportId] : null,
    filter.teamId ? ["team", filter.teamId] : null,
  ].filter((d) => d !== null);
  if (dims.length > 1) return null;
  const [dim, key] = dims[0] ?? ["all", ""];
  if (!MONTHLY_DIMENSIONS.has(dim) && (filter.from !== undefined || filter.to !== undefined)) return null;
  const scope: TallyScope = { dim, key, matured: filter.matured ?? false, months: {}, edges: [] };
  // Months wholly inside [from, to] come from the tallies; the rest of a partial month from rows.
  let firstWhole: number | undefined;
  let lastWhole: number | undefined;
  if (filter.from !== undefined) {
    const month = monthOf(filter.from);
    firstWhole = monthStart(month) === filter.from ? month : nextMonth(month);
  }
  if (filter.to !== undefined) {
    const month = monthOf(filter.to);
    lastWhole = monthStart(nextMonth(month)) - 1 === filter.to ? month : previousMonth(month);
  }
  if (firstWhole !== undefined && lastWhole !== undefined && firstWhole > lastWhole) {
    scope.months = null;
    // No whole month: the range itself, cut at the month it may cross, so each edge lies in one month.
    const boundary = monthStart(nextMonth(monthOf(filter.from!)));
    if (boundary <= filter.to!) scope.edges.push({ from: filter.from!, to: boundary - 1 }, { from: boundary, to: filter.to! });
    else scope.edges.push({ from: filter.from!, to: filter.to! });
    return scope;
  }
  scope.months = { from: firstWhole, to: lastWhole };
  if (filter.from !== undefined && firstWhole !== undefined && monthStart(firstWhole) > filter.from) scope.edges.push({ from: filter.from, to: monthStart(firstWhole) - 1 });
  if (filter.to !== undefined && lastWhole !== undefined && monthStart(nextMonth(lastWhole)) <= filter.to) scope.edges.push({ from: monthStart(nextMonth(lastWhole)), to: filter.to });
  return scope;
}

/** The tally rows of a scope: the all-time row without dates, else the whole months in range. */
function tallyConditions(table: typeof statementTally | typeof scoreTally | typeof trendTally, scope: TallyScope, allTime = true, keys?: string[]): SQL | undefined {
  const dated = scope.months?.from !== undefined || scope.months?.to !== undefined || !allTime;
  return and(
    eq(table.dim, scope.dim),
    keys ? inArray(table.key, keys) : eq(table.key, scope.key),
    scope.matured ? eq(table.matured, true) : undefined,
    dated ? gt(table.month, ALL_TIME) : eq(table.month, ALL_TIME),
    scope.months?.from !== undefined ? gte(table.month, scope.months.from) : undefined,
    scope.months?.to !== undefined ? lte(table.month, scope.months.to) : undefined,
  );
}

/**
 * A scope's whole months as the row sets that hold them: the all-time row without dates, else
 * the quarter rows of its whole quarters and the month rows of the months at either end.
 */
function tallyParts(scope: TallyScope): TallyScope[] {
  const months = scope.months ?? {};
  if (months.from === undefined && months.to === undefined) return [scope];
  const { quarters, months: ends } = splitWholeMonths(months);
  return [...(quarters ? [{ ...scope, dim: scope.dim + QUARTER_SUFFIX, months: quarters }] : []), ...ends.map((range) => ({ ...scope, months: range }))];
}

/** The trend's decile cells of a scope's whole months. */
export async function tallyTrendCells(db: Conn, scope: TallyScope, of: "analysts" | "aggregate" = "analysts") {
  if (of === "aggregate") scope = { ...scope, dim: AGGREGATE_PREFIX + scope.dim };
  if (!scope.months) return [];
  const t = trendTally;
  const rows = await db
    .select({ month: t.month, decile: t.decile, n: sql<string>`sum(${t.n})`, hits: sql<string>`sum(${t.hits})`, sumP: sql<string>`sum(${t.sumP})`, sumSquaredError: sql<string>`sum(${t.sumSquaredError})` })
    .from(t)
    .where(tallyConditions(t, scope, false))
    .groupBy(t.month, t.decile);
  return rows.map((r) => ({ month: r.month, decile: r.decile, n: Number(r.n), hits: Number(r.hits), sumP: Number(r.sumP), sumSquaredError: Number(r.sumSquaredError) })).filter((r) => r.n > 0);
}

export interface MonthCount {
  month: number;
  tenths: number;
  outcome: 0 | 1;
  n: number;
}

/** The tallied statement counts of a scope's whole months, per probability and outcome (their months added up: month 0). */
export async function tallyStatementCounts(db: Conn, scope: TallyScope, of: "analysts" | "aggregate" = "analysts"): Promise<MonthCount[]> {
  if (!scope.months) return [];
  const dim = of === "aggregate" ? `${AGGREGATE_PREFIX}${scope.dim}` : scope.dim;
  // The parts at once: the dashboards read outside transactions, so on PostgreSQL each takes its own pooled connection.
  const parts = await Promise.all(tallyParts({ ...scope, dim }).map((part) => statementCountsOf(db, part)));
  return parts.flat();
}

/**
 * The tallied counts of several keys of a scope's dimension at once (the confidence panel's three
 * levels: one query instead of three), each key's as `tallyStatementCounts` gives them.
 */
export async function tallyStatementCountsByKey(db: Conn, scope: TallyScope, keys: string[], of: "analysts" | "aggregate" = "analysts"): Promise<Map<string, MonthCount[]>> {
  const counts = new Map(keys.map((key) => [key, [] as MonthCount[]]));
  if (!scope.months) return counts;
  const dim = of === "aggregate" ? `${AGGREGATE_PREFIX}${scope.dim}` : scope.dim;
  const parts = await Promise.all(
    tallyParts({ ...scope, dim }).map((part) =>
      db
        .select({ key: statementTally.key, tenths: statementTally.tenths, hits: sql<string>`sum(case when ${statementTally.outcome} = 1 then ${statementTally.n} else 0 end)`, n: sql<string>`sum(${statementTally.n})` })
        .from(statementTally)
        .where(tallyConditions(statementTally, part, true, keys))
        .groupBy(statementTally.key, statementTally.tenths),
    ),
  );
  for (const r of parts.flat()) counts.get(r.key)?.push(...countsOfRow(r));
  return counts;
}

/** A tally row per probability, as the counts of its two outcomes. */
function countsOfRow(r: { tenths: number; hits: string; n: string }): MonthCount[] {
  const hits = Number(r.hits);
  const misses = Number(r.n) - hits;
  return [...(hits > 0 ? [{ month: ALL_TIME, tenths: r.tenths, outcome: 1 as const, n: hits }] : []), ...(misses > 0 ? [{ month: ALL_TIME, tenths: r.tenths, outcome: 0 as const, n: misses }] : [])];
}

/** One part's counts, a row per probability with both outcomes' counts: half the rows to read and map of one per outcome. */
async function statementCountsOf(db: Conn, part: TallyScope): Promise<MonthCount[]> {
  const rows = await db
    .select({ tenths: statementTally.tenths, hits: sql<string>`sum(case when ${statementTally.outcome} = 1 then ${statementTally.n} else 0 end)`, n: sql<string>`sum(${statementTally.n})` })
    .from(statementTally)
    .where(tallyConditions(statementTally, part))
    .groupBy(statementTally.tenths);
  return rows.flatMap(countsOfRow);
}

export interface ScoreSums {
  analystId: string;
  n: number;
  sumFinalBrier: number;
  sumTimeAveragedBrier: number;
  sumRelativeBrier: number;
  sumFinalLogScore: number;
}

/** The tallied score sums of a scope's whole months, per analyst ('' is the aggregate forecast). */
export async function tallyScoreSums(db: Conn, scope: TallyScope): Promise<ScoreSums[]> {
  if (!scope.months) return [];
  // At once, as the statement counts above.
  const parts = await Promise.all(tallyParts(scope).map((part) => scoreSumsOf(db, part)));
  return parts.flat();
}

async function scoreSumsOf(db: Conn, scope: TallyScope): Promise<ScoreSums[]> {
  const rows = await db
    .select({
      analystId: scoreTally.analystId,
      n: sql<string>`sum(${scoreTally.n})`,
      sumFinalBrier: sql<string>`sum(${scoreTally.sumFinalBrier})`,
      sumTimeAveragedBrier: sql<string>`sum(${scoreTally.sumTimeAveragedBrier})`,
      sumRelativeBrier: sql<string>`sum(${scoreTally.sumRelativeBrier})`,
      sumFinalLogScore: sql<string>`sum(${scoreTally.sumFinalLogScore})`,
    })
    .from(scoreTally)
    .where(tallyConditions(scoreTally, scope))
    .groupBy(scoreTally.analystId);
  return rows
    .map((r) => ({ analystId: r.analystId, n: Number(r.n), sumFinalBrier: Number(r.sumFinalBrier), sumTimeAveragedBrier: Number(r.sumTimeAveragedBrier), sumRelativeBrier: Number(r.sumRelativeBrier), sumFinalLogScore: Number(r.sumFinalLogScore) }))
    .filter((r) => r.n > 0);
}

/** SQL for the UTC month (YYYYMM) of an epoch-ms column, on the engine in use. */
export function monthSql(column: SQLWrapper): SQL {
  return engine() === "pg"
    ? sql`cast(to_char(to_timestamp(${column} / 1000.0) at time zone 'UTC', 'YYYYMM') as integer)`
    : sql`cast(strftime('%Y%m', ${column} / 1000, 'unixepoch') as integer)`;
}

/** Takes the stored rows of these forecasts out of the tallies: call it just before deleting them. */
export async function untallyStored(tx: Conn, forecastIds: string[]): Promise<void> {
  for (let start = 0; start < forecastIds.length; start += 1_000) {
    const part = forecastIds.slice(start, start + 1_000);
    // One after another: a PostgreSQL transaction is one connection.
    const statements = await tx.select().from(probabilityStatement).where(inArray(probabilityStatement.forecastId, part));
    const scores = await tx.select().from(forecastScore).where(inArray(forecastScore.forecastId, part));
    const aggregates = await tx.select().from(aggregateScore).where(inArray(aggregateScore.forecastId, part));
    const aggregateStatements = await tx.select().from(aggregateStatement).where(inArray(aggregateStatement.forecastId, part));
    const teamAggregates = await tx.select().from(teamAggregateScore).where(inArray(teamAggregateScore.forecastId, part));
    await adjustTallies(tx, { statements, scores, aggregates, aggregateStatements, teamAggregates }, -1);
  }
}
