/**
 * The whole data model for SQLite: better-auth's tables first (kept as its generator writes
 * them), then Signpost's. `pg.ts` describes the same tables for PostgreSQL, and
 * `schema-parity.test.ts` keeps the two from drifting. All domain times are epoch milliseconds
 * (UTC); probabilities are stored as integer tenths of a percent so that 67.5 % is exactly 675.
 *
 * The rules that must never break are the database's too: RESTRICT foreign keys (history is
 * never deleted by a cascade), CHECKs, a partial unique index for the one baseline, composite
 * keys tying a prediction's scenarios to its forecast, and the append-only triggers written by
 * hand in migration 0002 (drizzle-kit has no triggers).
 */
import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, primaryKey, real, sqliteTable, text, unique, uniqueIndex } from "drizzle-orm/sqlite-core";

// ---------------------------------------------------------------- better-auth (sessions, passwords)

export const user = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  /** Epoch ms when an admin deactivated the account: no sign-in, no tokens; history stays. */
  deactivatedAt: integer("deactivated_at"),
});

export const session = sqliteTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const account = sqliteTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }),
    refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp_ms" }),
    scope: text("scope"),
    password: text("password"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verification = sqliteTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

/** better-auth's sign-in throttling counts: in the database so that every app instance shares them. */
export const rateLimit = sqliteTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: integer("last_request").notNull(),
});

// ---------------------------------------------------------------- people

export const userRole = sqliteTable(
  "user_role",
  {
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["analyst", "reviewer", "manager", "admin"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const team = sqliteTable("team", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  /** A standing prediction older than this many days is "stale" on its analyst's home page. */
  staleDays: integer("stale_days").notNull().default(30),
  createdAt: integer("created_at").notNull(),
});

export const teamMember = sqliteTable(
  "team_member",
  {
    teamId: text("team_id").notNull().references(() => team.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("team_member_user_idx").on(t.userId)],
);

export const apiToken = sqliteTable(
  "api_token",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    /** The first characters, so a user can tell their tokens apart. */
    prefix: text("prefix").notNull(),
    createdAt: integer("created_at").notNull(),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
  },
  (t) => [index("api_token_user_idx").on(t.userId)],
);

export const setting = sqliteTable("setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

// ---------------------------------------------------------------- forecasting

export const report = sqliteTable("report", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  authors: text("authors").notNull().default(""),
  /** YYYY-MM-DD */
  publishedAt: text("published_at").notNull(),
  url: text("url"),
  body: text("body").notNull(),
  createdBy: text("created_by").notNull().references(() => user.id, { onDelete: "restrict" }),
  createdAt: integer("created_at").notNull(),
});

export const forecast = sqliteTable(
  "forecast",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    statement: text("statement").notNull(),
    resolutionCriteria: text("resolution_criteria").notNull(),
    closesAt: integer("closes_at").notNull(),
    createdAt: integer("created_at").notNull(),
    confidence: text("confidence", { enum: ["low", "moderate", "high"] }),
    teamId: text("team_id").references(() => team.id, { onDelete: "restrict" }),
    authorId: text("author_id").notNull().references(() => user.id, { onDelete: "restrict" }),
    reportId: text("report_id").references(() => report.id, { onDelete: "restrict" }),
    excerpt: text("excerpt"),
    /** Kept by triggers on `resolution` (migration 0003): open until resolved or annulled; "closed" is open past `closesAt`. */
    state: text("state", { enum: ["open", "resolved", "annulled"] }).notNull().default("open"),
    /** Raised by one with each edit of the question (SPEC §2 versions); 1 as created. */
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("forecast_created_idx").on(t.createdAt, t.id),
    // Serves the status filters newest first without walking other forecasts.
    index("forecast_state_created_idx").on(t.state, t.createdAt, t.id),
    // The resolution queue: open forecasts past their horizon, the oldest horizon first.
    index("forecast_state_closes_idx").on(t.state, t.closesAt, t.id),
    index("forecast_author_idx").on(t.authorId),
    index("forecast_report_idx").on(t.reportId),
  ],
);

export const forecastTag = sqliteTable(
  "forecast_tag",
  {
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    tag: text("tag").notNull(),
    /** The forecast's `createdAt`, repeated so that one index serves a tag filter newest first. */
    createdAt: integer("created_at").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.forecastId, t.tag] }), index("forecast_tag_tag_idx").on(t.tag, t.createdAt, t.forecastId)],
);

/** How many forecasts carry each tag, kept by triggers on `forecast_tag` (migration 0003) so the filter never counts. */
export const tagCount = sqliteTable("tag_count", {
  tag: text("tag").primaryKey(),
  forecasts: integer("forecasts").notNull(),
});

export const scenario = sqliteTable(
  "scenario",
  {
    id: text("id").primaryKey(),
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    description: text("description").notNull().default(""),
    baseline: integer("baseline", { mode: "boolean" }).notNull(),
  },
  (t) => [
    uniqueIndex("scenario_forecast_position_idx").on(t.forecastId, t.position),
    // Exactly one baseline per forecast: at most one here, at least one checked by the use case.
    uniqueIndex("scenario_one_baseline_idx").on(t.forecastId).where(sql`baseline = 1`),
    // The target of the composite keys that keep probabilities and outcomes inside their forecast.
    unique("scenario_id_forecast_key").on(t.id, t.forecastId),
  ],
);

/** Append-only: an insert query and nothing else, and triggers refuse any update or delete. */
export const prediction = sqliteTable(
  "prediction",
  {
    id: text("id").primaryKey(),
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    analystId: text("analyst_id").notNull().references(() => user.id, { onDelete: "restrict" }),
    createdAt: integer("created_at").notNull(),
    rationale: text("rationale").notNull().default(""),
  },
  (t) => [
    index("prediction_forecast_idx").on(t.forecastId, t.createdAt, t.id),
    index("prediction_analyst_idx").on(t.analystId, t.createdAt),
    unique("prediction_id_forecast_key").on(t.id, t.forecastId),
  ],
);

export const predictionProbability = sqliteTable(
  "prediction_probability",
  {
    predictionId: text("prediction_id").notNull(),
    /** Repeated from the prediction so that the database can tie each scenario to the same forecast. */
    forecastId: text("forecast_id").notNull(),
    scenarioId: text("scenario_id").notNull(),
    /** Tenths of a percent: 675 is 67.5 %. */
    tenths: integer("tenths").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.predictionId, t.scenarioId] }),
    foreignKey({ name: "prediction_probability_prediction_fk", columns: [t.predictionId, t.forecastId], foreignColumns: [prediction.id, prediction.forecastId] }).onDelete("restrict"),
    foreignKey({ name: "prediction_probability_scenario_fk", columns: [t.scenarioId, t.forecastId], foreignColumns: [scenario.id, scenario.forecastId] }).onDelete("restrict"),
    index("prediction_probability_scenario_idx").on(t.scenarioId, t.forecastId),
    check("prediction_probability_tenths_range", sql`${t.tenths} between 1 and 999`),
  ],
);

export const indicator = sqliteTable(
  "indicator",
  {
    id: text("id").primaryKey(),
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    scenarioId: text("scenario_id").notNull().references(() => scenario.id, { onDelete: "restrict" }),
    description: text("description").notNull(),
    direction: text("direction", { enum: ["for", "against"] }).notNull(),
    likelihoodRatio: real("likelihood_ratio").notNull(),
    expectedBy: integer("expected_by"),
    createdBy: text("created_by").notNull().references(() => user.id, { onDelete: "restrict" }),
    createdAt: integer("created_at").notNull(),
    retiredAt: integer("retired_at"),
  },
  (t) => [
    index("indicator_forecast_idx").on(t.forecastId),
    check("indicator_likelihood_ratio_above_one", sql`${t.likelihoodRatio} > 1`),
  ],
);

export const eventRecord = sqliteTable(
  "event",
  {
    id: text("id").primaryKey(),
    occurredAt: integer("occurred_at").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    sourceUrl: text("source_url"),
    sourceReliability: text("source_reliability", { enum: ["A", "B", "C", "D", "E", "F"] }),
    infoCredibility: integer("info_credibility"),
    createdBy: text("created_by").notNull().references(() => user.id, { onDelete: "restrict" }),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    index("event_occurred_idx").on(t.occurredAt, t.id),
    check("event_info_credibility_range", sql`${t.infoCredibility} between 1 and 6`),
  ],
);

export const eventLink = sqliteTable(
  "event_link",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id").notNull().references(() => eventRecord.id, { onDelete: "restrict" }),
    indicatorId: text("indicator_id").notNull().references(() => indicator.id, { onDelete: "restrict" }),
    note: text("note").notNull().default(""),
    createdBy: text("created_by").notNull().references(() => user.id, { onDelete: "restrict" }),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("event_link_pair_idx").on(t.eventId, t.indicatorId), index("event_link_indicator_idx").on(t.indicatorId)],
);

export const resolution = sqliteTable(
  "resolution",
  {
    forecastId: text("forecast_id").primaryKey().references(() => forecast.id, { onDelete: "restrict" }),
    outcomeScenarioId: text("outcome_scenario_id"),
    annulled: integer("annulled", { mode: "boolean" }).notNull().default(false),
    outcomeKnownAt: integer("outcome_known_at").notNull(),
    rationale: text("rationale").notNull(),
    resolverId: text("resolver_id").references(() => user.id, { onDelete: "restrict" }),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    // The outcome is one of this forecast's own scenarios (not enforced while it is null: annulled).
    foreignKey({ name: "resolution_outcome_fk", columns: [t.outcomeScenarioId, t.forecastId], foreignColumns: [scenario.id, scenario.forecastId] }).onDelete("restrict"),
    check("resolution_annulled_or_outcome", sql`(${t.annulled} = 1 and ${t.outcomeScenarioId} is null) or (${t.annulled} = 0 and ${t.outcomeScenarioId} is not null)`),
  ],
);

/** The events a reviewer cited when resolving; removed with the resolution when an admin reopens it (the audit log keeps them). */
export const resolutionEvent = sqliteTable(
  "resolution_event",
  {
    forecastId: text("forecast_id").notNull().references(() => resolution.forecastId, { onDelete: "restrict" }),
    eventId: text("event_id").notNull().references(() => eventRecord.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.forecastId, t.eventId] })],
);

/**
 * What scoring and calibration read, written in the transaction that resolves, reopens or imports
 * a forecast (never per request): each scored (analyst, forecast) with its scores, and the keys
 * the filters of SPEC §5 use, copied from the forecast and its resolution.
 */
export const forecastScore = sqliteTable(
  "forecast_score",
  {
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    analystId: text("analyst_id").notNull().references(() => user.id, { onDelete: "restrict" }),
    finalPredictionId: text("final_prediction_id").notNull(),
    finalBrier: real("final_brier").notNull(),
    finalLogScore: real("final_log_score").notNull(),
    timeAveragedBrier: real("time_averaged_brier").notNull(),
    timeAveragedLogScore: real("time_averaged_log_score").notNull(),
    relativeBrier: real("relative_brier").notNull(),
    scoredPredictions: integer("scored_predictions").notNull(),
    latePredictions: integer("late_predictions").notNull(),
    outcomeKnownAt: integer("outcome_known_at").notNull(),
    /** The outcome became known at or after the horizon (SPEC §5's `matured=true`). */
    matured: integer("matured", { mode: "boolean" }).notNull(),
    confidence: text("confidence", { enum: ["low", "moderate", "high"] }),
    reportId: text("report_id"),
  },
  (t) => [
    primaryKey({ columns: [t.forecastId, t.analystId] }),
    index("forecast_score_analyst_idx").on(t.analystId, t.outcomeKnownAt),
    // In the order of a page of rows (the most recently known outcome first, then forecast and analyst),
    // so any page — a team's too, telling members from the index — stops after its rows without sorting;
    // and covering each analyst's sums over a date range's partial months.
    index("forecast_score_known_idx").on(sql`${t.outcomeKnownAt} desc`, t.forecastId, t.analystId, t.matured, t.confidence, t.finalBrier, t.timeAveragedBrier, t.relativeBrier, t.finalLogScore),
  ],
);

/** Each scenario of each scored analyst's final prediction, with its outcome: calibration's pairs (p_k, o_k). */
export const probabilityStatement = sqliteTable(
  "probability_statement",
  {
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    analystId: text("analyst_id").notNull().references(() => user.id, { onDelete: "restrict" }),
    scenarioId: text("scenario_id").notNull().references(() => scenario.id, { onDelete: "restrict" }),
    /** Tenths of a percent, as predictions store them. */
    tenths: integer("tenths").notNull(),
    outcome: integer("outcome").notNull(),
    outcomeKnownAt: integer("outcome_known_at").notNull(),
    matured: integer("matured", { mode: "boolean" }).notNull(),
    confidence: text("confidence", { enum: ["low", "moderate", "high"] }),
    reportId: text("report_id"),
  },
  (t) => [
    primaryKey({ columns: [t.forecastId, t.analystId, t.scenarioId] }),
    index("probability_statement_analyst_idx").on(t.analystId, t.outcomeKnownAt),
    // Covers what a date range's partial months count (by probability and outcome), so those read the index alone.
    index("probability_statement_known_idx").on(t.outcomeKnownAt, t.matured, t.confidence, t.tenths, t.outcome),
    check("probability_statement_outcome_binary", sql`${t.outcome} in (0, 1)`),
  ],
);

/** The aggregate forecast of everyone (SPEC §5: the normalised median), scored like an analyst, stored with the resolution. */
export const aggregateScore = sqliteTable(
  "aggregate_score",
  {
    forecastId: text("forecast_id").primaryKey().references(() => forecast.id, { onDelete: "restrict" }),
    finalBrier: real("final_brier").notNull(),
    finalLogScore: real("final_log_score").notNull(),
    timeAveragedBrier: real("time_averaged_brier").notNull(),
    timeAveragedLogScore: real("time_averaged_log_score").notNull(),
    members: integer("members").notNull(),
    outcomeKnownAt: integer("outcome_known_at").notNull(),
    matured: integer("matured", { mode: "boolean" }).notNull(),
    confidence: text("confidence", { enum: ["low", "moderate", "high"] }),
    reportId: text("report_id"),
  },
  (t) => [index("aggregate_score_known_idx").on(t.outcomeKnownAt)],
);

/**
 * Each team's aggregate forecast (the median of its current members, SPEC §5) scored on a resolved
 * forecast where at least one member predicted in the window: kept like `aggregate_score` by the
 * transaction that resolves, reopens or imports the forecast, and recomputed for the forecasts a
 * person predicted on when they join or leave the team (`server/teams/manage-teams.ts`).
 */
export const teamAggregateScore = sqliteTable(
  "team_aggregate_score",
  {
    teamId: text("team_id").notNull().references(() => team.id, { onDelete: "cascade" }),
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    finalBrier: real("final_brier").notNull(),
    finalLogScore: real("final_log_score").notNull(),
    timeAveragedBrier: real("time_averaged_brier").notNull(),
    timeAveragedLogScore: real("time_averaged_log_score").notNull(),
    members: integer("members").notNull(),
    outcomeKnownAt: integer("outcome_known_at").notNull(),
    matured: integer("matured", { mode: "boolean" }).notNull(),
    confidence: text("confidence", { enum: ["low", "moderate", "high"] }),
    reportId: text("report_id"),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.forecastId] }), index("team_aggregate_score_forecast_idx").on(t.forecastId)],
);

/** One edit of a forecast's question (SPEC §2): never overwritten; version 1 is the forecast as created. */
export const forecastVersion = sqliteTable(
  "forecast_version",
  {
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    at: integer("at").notNull(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "restrict" }),
    reason: text("reason").notNull(),
    /** JSON: { field: { before, after } } of what this edit changed. */
    changes: text("changes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.forecastId, t.version] })],
);

/** Discussion on a forecast, threaded one level (`replyTo` names a comment that answers nothing). */
export const comment = sqliteTable(
  "comment",
  {
    id: text("id").primaryKey(),
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    authorId: text("author_id").notNull().references(() => user.id, { onDelete: "restrict" }),
    replyTo: text("reply_to"),
    body: text("body").notNull(),
    createdAt: integer("created_at").notNull(),
    editedAt: integer("edited_at"),
  },
  (t) => [
    index("comment_forecast_idx").on(t.forecastId, t.createdAt, t.id),
    foreignKey({ name: "comment_reply_fk", columns: [t.replyTo], foreignColumns: [t.id] }).onDelete("restrict"),
  ],
);

/** What happened to a forecast someone takes part in (a prediction, an edit, a resolution, a comment), one row per person told. */
export const inboxItem = sqliteTable(
  "inbox_item",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    forecastId: text("forecast_id").references(() => forecast.id, { onDelete: "restrict" }),
    at: integer("at").notNull(),
    text: text("text").notNull(),
    readAt: integer("read_at"),
  },
  (t) => [index("inbox_item_user_idx").on(t.userId, t.at, t.id)],
);

/** Read marks of the "what needs me" items, which are worked out afresh on each visit and so have no row of their own. */
export const inboxRead = sqliteTable(
  "inbox_read",
  {
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    itemId: text("item_id").notNull(),
    readAt: integer("read_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemId] })],
);

/**
 * The aggregate forecast's (everyone's median) calibration pairs: each scenario of a resolved
 * forecast's final aggregate, to a tenth of a percent, with its outcome and the filter keys —
 * what `of=aggregate` reads. Written with the forecast's scores.
 */
export const aggregateStatement = sqliteTable(
  "aggregate_statement",
  {
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "restrict" }),
    scenarioId: text("scenario_id").notNull().references(() => scenario.id, { onDelete: "restrict" }),
    tenths: integer("tenths").notNull(),
    outcome: integer("outcome").notNull(),
    outcomeKnownAt: integer("outcome_known_at").notNull(),
    matured: integer("matured", { mode: "boolean" }).notNull(),
    confidence: text("confidence", { enum: ["low", "moderate", "high"] }),
    reportId: text("report_id"),
  },
  (t) => [primaryKey({ columns: [t.forecastId, t.scenarioId] }), index("aggregate_statement_known_idx").on(t.outcomeKnownAt, t.matured, t.confidence, t.tenths, t.outcome)],
);

/**
 * Calibration's statements counted by what the dashboards filter on, kept in step with
 * `probability_statement` in the same transaction that writes or deletes statements (resolve,
 * reopen, import): per dimension (`all`, `tag`, `confidence`, `report`, and the same with an
 * `agg-` prefix for the aggregate forecast's statements), key, UTC month of the outcome (YYYYMM),
 * matured, probability (tenths) and outcome, how many statements there are. A dashboard over
 * everyone, a tag or a date range adds up these few rows instead of scanning millions.
 */
export const statementTally = sqliteTable(
  "statement_tally",
  {
    dim: text("dim").notNull(),
    key: text("key").notNull(),
    month: integer("month").notNull(),
    matured: integer("matured", { mode: "boolean" }).notNull(),
    tenths: integer("tenths").notNull(),
    outcome: integer("outcome").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.dim, t.key, t.month, t.matured, t.tenths, t.outcome] })],
);

/**
 * The calibration trend's sums, per dimension and key as `statement_tally`, UTC month and decile
 * of the probability: statements, hits, Σp and Σ(p − o)² — enough for each quarter's mean Brier
 * and decile reliability exactly, in a few hundred rows whatever the number of statements.
 */
export const trendTally = sqliteTable(
  "trend_tally",
  {
    dim: text("dim").notNull(),
    key: text("key").notNull(),
    month: integer("month").notNull(),
    matured: integer("matured", { mode: "boolean" }).notNull(),
    decile: integer("decile").notNull(),
    n: integer("n").notNull(),
    hits: integer("hits").notNull(),
    sumP: real("sum_p").notNull(),
    sumSquaredError: real("sum_squared_error").notNull(),
  },
  (t) => [primaryKey({ columns: [t.dim, t.key, t.month, t.matured, t.decile] })],
);

/**
 * The scores' sums per analyst, kept like `statement_tally` (same dimensions, month and matured),
 * so the scores page's means over everyone, a tag or a date range add up a few rows. The
 * aggregate forecast's (everyone's median) are the rows with `analyst_id` ''.
 */
export const scoreTally = sqliteTable(
  "score_tally",
  {
    dim: text("dim").notNull(),
    key: text("key").notNull(),
    month: integer("month").notNull(),
    matured: integer("matured", { mode: "boolean" }).notNull(),
    analystId: text("analyst_id").notNull(),
    n: integer("n").notNull(),
    sumFinalBrier: real("sum_final_brier").notNull(),
    sumTimeAveragedBrier: real("sum_time_averaged_brier").notNull(),
    sumRelativeBrier: real("sum_relative_brier").notNull(),
    sumFinalLogScore: real("sum_final_log_score").notNull(),
  },
  (t) => [primaryKey({ columns: [t.dim, t.key, t.month, t.matured, t.analystId] })],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    /** null for the operator at the command line */
    actorId: text("actor_id").references(() => user.id, { onDelete: "restrict" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: text("before"),
    after: text("after"),
  },
  (t) => [index("audit_entity_idx").on(t.entity, t.at), index("audit_actor_idx").on(t.actorId, t.at)],
);

export type UserRow = typeof user.$inferSelect;
export type ForecastRow = typeof forecast.$inferSelect;
export type ScenarioRow = typeof scenario.$inferSelect;
export type PredictionRow = typeof prediction.$inferSelect;
export type IndicatorRow = typeof indicator.$inferSelect;
export type EventRow = typeof eventRecord.$inferSelect;
export type EventLinkRow = typeof eventLink.$inferSelect;
export type ReportRow = typeof report.$inferSelect;
export type ResolutionRow = typeof resolution.$inferSelect;
export type ApiTokenRow = typeof apiToken.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type ForecastScoreRow = typeof forecastScore.$inferSelect;
export type ProbabilityStatementRow = typeof probabilityStatement.$inferSelect;
export type AggregateScoreRow = typeof aggregateScore.$inferSelect;
export type TeamAggregateScoreRow = typeof teamAggregateScore.$inferSelect;
export type ForecastVersionRow = typeof forecastVersion.$inferSelect;
export type CommentRow = typeof comment.$inferSelect;
export type InboxItemRow = typeof inboxItem.$inferSelect;
export type AggregateStatementRow = typeof aggregateStatement.$inferSelect;
export type StatementTallyRow = typeof statementTally.$inferSelect;
export type ScoreTallyRow = typeof scoreTally.$inferSelect;
export type TrendTallyRow = typeof trendTally.$inferSelect;
