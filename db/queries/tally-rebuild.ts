import "server-only";
import { sql } from "drizzle-orm";
import { engine, executeStatement, type Conn } from "../client";
import { AGGREGATE_ANALYST, AGGREGATE_PREFIX, QUARTER_SUFFIX } from "./tallies";

/**
 * Every tally recomputed from the stored rows in a few set-based statements, inside the caller's
 * transaction: what `adjustTallies` would have added up row by row, for a bulk load that writes
 * the stored rows first (demo:generate) — the same dimensions, months and sums, so reads can't
 * tell the two apart (`generate-demo.db.test.ts` compares them). On PostgreSQL the tallies are
 * locked first, so a resolution committing meanwhile adds its delta after the rebuild, not into it.
 */
export async function rebuildTallies(tx: Conn): Promise<void> {
  if (engine() === "pg") await executeStatement(tx, sql.raw("lock table statement_tally, score_tally, trend_tally in exclusive mode"));
  for (const table of ["statement_tally", "score_tally", "trend_tally"]) await executeStatement(tx, sql.raw(`delete from ${table}`));
  for (const source of [STATEMENTS, AGGREGATE_STATEMENTS]) {
    await executeStatement(tx, sql.raw(statementTallySql(source, MONTHLY, true)));
    await executeStatement(tx, sql.raw(statementTallySql(source, ALL_TIME_ONLY(source), false)));
    await executeStatement(tx, sql.raw(trendTallySql(source)));
  }
  for (const source of [SCORES, AGGREGATE_SCORES]) {
    await executeStatement(tx, sql.raw(scoreTallySql(source, MONTHLY, true)));
    await executeStatement(tx, sql.raw(scoreTallySql(source, ALL_TIME_ONLY(source), false)));
  }
  await executeStatement(tx, sql.raw(scoreTallySql(TEAM_AGGREGATE_SCORES, ["team"], false)));
  // The all-time rows of the monthly dimensions: their months added up.
  await executeStatement(tx, sql.raw(`insert into statement_tally (dim, key, month, matured, tenths, outcome, n)
    select dim, key, 0, matured, tenths, outcome, sum(n) from statement_tally where month > 0 group by dim, key, matured, tenths, outcome`));
  await executeStatement(
    tx,
    sql.raw(`insert into score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
    select dim, key, 0, matured, analyst_id, sum(n), sum(sum_final_brier), sum(sum_time_averaged_brier), sum(sum_relative_brier), sum(sum_final_log_score)
    from score_tally where month > 0 group by dim, key, matured, analyst_id`),
  );
  // Their quarters' rows too (`all@q`…, month = the quarter's first month), from the month rows.
  for (const statement of QUARTER_ROWS_SQL) await executeStatement(tx, sql.raw(statement));
}

const QUARTER = "(month / 100) * 100 + ((month % 100 - 1) / 3) * 3 + 1";

/** The quarter rows of the monthly dimensions added up from their month rows (also the migration's backfill). */
export const QUARTER_ROWS_SQL = [
  `insert into statement_tally (dim, key, month, matured, tenths, outcome, n)
    select dim || '${QUARTER_SUFFIX}', key, ${QUARTER}, matured, tenths, outcome, sum(n) from statement_tally where month > 0 and dim not like '%${QUARTER_SUFFIX}'
    group by dim, key, ${QUARTER}, matured, tenths, outcome`,
  `insert into score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
    select dim || '${QUARTER_SUFFIX}', key, ${QUARTER}, matured, analyst_id, sum(n), sum(sum_final_brier), sum(sum_time_averaged_brier), sum(sum_relative_brier), sum(sum_final_log_score)
    from score_tally where month > 0 and dim not like '%${QUARTER_SUFFIX}' group by dim, key, ${QUARTER}, matured, analyst_id`,
];

interface Source {
  table: string;
  prefix: string;
  /** Counted in its analyst's teams (an analyst's rows; not the aggregate's). */
  teams: boolean;
  /** The dimensions it is counted under (`team` for a team's median: its own team). */
  dims: string[];
  /** The score columns summed into score_tally, and the analyst it is tallied as. */
  analyst?: string;
  relative?: string;
}

const MONTHLY = ["all", "confidence"];
const STATEMENTS: Source = { table: "probability_statement", prefix: "", teams: true, dims: ["all", "confidence", "report", "tag", "team"] };
const AGGREGATE_STATEMENTS: Source = { table: "aggregate_statement", prefix: AGGREGATE_PREFIX, teams: false, dims: ["all", "confidence", "report", "tag"] };
const SCORES: Source = { table: "forecast_score", prefix: "", teams: true, dims: STATEMENTS.dims, analyst: "s.analyst_id", relative: "s.relative_brier" };
const AGGREGATE_SCORES: Source = { table: "aggregate_score", prefix: "", teams: false, dims: AGGREGATE_STATEMENTS.dims, analyst: `'${AGGREGATE_ANALYST}'`, relative: "0" };
const TEAM_AGGREGATE_SCORES: Source = { table: "team_aggregate_score", prefix: "", teams: false, dims: ["team"], analyst: `'${AGGREGATE_ANALYST}'`, relative: "0" };
const ALL_TIME_ONLY = (source: Source) => source.dims.filter((d) => !MONTHLY.includes(d));

/** The source's rows once per dimension they count under, with `dim` and `key` (union all of one select per dimension). */
function dimensioned(source: Source, dims: string[], columns: string): string {
  const parts = dims.map((dim) => {
    const label = `'${source.prefix}${dim}'`;
    switch (dim) {
      case "all":
        return `select ${label} as dim, '' as key, ${columns} from src s`;
      case "confidence":
        return `select ${label} as dim, s.confidence as key, ${columns} from src s where s.confidence is not null`;
      case "report":
        return `select ${label} as dim, s.report_id as key, ${columns} from src s where s.report_id is not null`;
      case "tag":
        return `select ${label} as dim, t.tag as key, ${columns} from src s join forecast_tag t on t.forecast_id = s.forecast_id`;
      case "team":
        return source.teams
          ? `select ${label} as dim, m.team_id as key, ${columns} from src s join team_member m on m.user_id = s.analyst_id`
          : `select ${label} as dim, s.team_id as key, ${columns} from src s`;
      default:
        throw new Error(`unknown dimension ${dim}`);
    }
  });
  return parts.join("\nunion all ");
}

/** The source's rows with their UTC month worked out once (not once per dimension they count under), for a `with` clause. */
function withSource(source: Source): string {
  const month = engine() === "pg" ? "cast(to_char(to_timestamp(s.outcome_known_at / 1000.0) at time zone 'UTC', 'YYYYMM') as integer)" : "cast(strftime('%Y%m', s.outcome_known_at / 1000, 'unixepoch') as integer)";
  return `with src as materialized (select s.*, ${month} as month_of from ${source.table} s)`;
}

const MONTH_OF = "s.month_of";

function statementTallySql(source: Source, dims: string[], monthly: boolean): string {
  if (dims.length === 0) return "select 1";
  const month = monthly ? MONTH_OF : "0";
  return `insert into statement_tally (dim, key, month, matured, tenths, outcome, n)
    ${withSource(source)} select dim, key, month, matured, tenths, outcome, count(*) from (${dimensioned(source, dims, `${month} as month, s.matured, s.tenths, s.outcome`)}) d
    group by dim, key, month, matured, tenths, outcome`;
}

/** Every dimension by month and decile: n, hits, Σp and Σ(p − o)² with p = tenths / 1000 in doubles, as `adjustTallies` adds them. */
function trendTallySql(source: Source): string {
  const p = "cast(tenths as double precision) / 1000";
  return `insert into trend_tally (dim, key, month, matured, decile, n, hits, sum_p, sum_squared_error)
    ${withSource(source)} select dim, key, month, matured, case when tenths >= 1000 then 9 else tenths / 100 end as decile, count(*), sum(outcome), sum(${p}), sum((${p} - outcome) * (${p} - outcome))
    from (${dimensioned(source, source.dims, `${MONTH_OF} as month, s.matured, s.tenths, s.outcome`)}) d
    group by dim, key, month, matured, case when tenths >= 1000 then 9 else tenths / 100 end`;
}

function scoreTallySql(source: Source, dims: string[], monthly: boolean): string {
  if (dims.length === 0) return "select 1";
  const month = monthly ? MONTH_OF : "0";
  const columns = `${month} as month, s.matured, ${source.analyst} as analyst_id, s.final_brier, s.time_averaged_brier, ${source.relative} as relative_brier, s.final_log_score`;
  return `insert into score_tally (dim, key, month, matured, analyst_id, n, sum_final_brier, sum_time_averaged_brier, sum_relative_brier, sum_final_log_score)
    ${withSource(source)} select dim, key, month, matured, analyst_id, count(*), sum(final_brier), sum(time_averaged_brier), sum(relative_brier), sum(final_log_score)
    from (${dimensioned(source, dims, columns)}) d
    group by dim, key, month, matured, analyst_id`;
}

