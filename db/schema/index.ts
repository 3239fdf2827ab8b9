/**
 * The tables of the engine this process runs on. Both dialects' tables have the same names,
 * columns and JavaScript types (schema-parity.test.ts), so queries are written once and typed
 * against the SQLite description; at run time they are built with the active dialect's tables.
 */
import { engineFromEnvironment } from "../engine";
import * as pgSchema from "./pg";
import * as sqliteSchema from "./sqlite";

const active = (engineFromEnvironment() === "pg" ? pgSchema : sqliteSchema) as unknown as typeof sqliteSchema;

export const {
  user,
  session,
  account,
  verification,
  rateLimit,
  userRole,
  team,
  teamMember,
  apiToken,
  setting,
  report,
  forecast,
  forecastTag,
  tagCount,
  scenario,
  prediction,
  predictionProbability,
  indicator,
  eventRecord,
  eventLink,
  resolution,
  resolutionEvent,
  forecastScore,
  probabilityStatement,
  aggregateScore,
  teamAggregateScore,
  forecastVersion,
  comment,
  inboxItem,
  inboxRead,
  aggregateStatement,
  statementTally,
  scoreTally,
  trendTally,
  auditLog,
} = active;

export type {
  UserRow,
  ForecastRow,
  ScenarioRow,
  PredictionRow,
  IndicatorRow,
  EventRow,
  EventLinkRow,
  ReportRow,
  ResolutionRow,
  ApiTokenRow,
  AuditRow,
  ForecastScoreRow,
  ProbabilityStatementRow,
  AggregateScoreRow,
  TeamAggregateScoreRow,
  ForecastVersionRow,
  CommentRow,
  InboxItemRow,
  AggregateStatementRow,
  StatementTallyRow,
  ScoreTallyRow,
  TrendTallyRow,
} from "./sqlite";
