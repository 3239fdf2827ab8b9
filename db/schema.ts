/**
 * The whole data model in one place: better-auth's tables first (kept as its generator writes
 * them), then Signpost's. All domain times are epoch milliseconds (UTC); probabilities are
 * stored as integer tenths of a percent so that 67.5 % is exactly 675 and sums are exact.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// ---------------------------------------------------------------- better-auth (sessions, passwords)

export const user = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
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
  createdBy: text("created_by").notNull().references(() => user.id),
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
    teamId: text("team_id").references(() => team.id),
    authorId: text("author_id").notNull().references(() => user.id),
    reportId: text("report_id").references(() => report.id),
    excerpt: text("excerpt"),
  },
  (t) => [
    index("forecast_created_idx").on(t.createdAt, t.id),
    index("forecast_author_idx").on(t.authorId),
    index("forecast_report_idx").on(t.reportId),
  ],
);

export const forecastTag = sqliteTable(
  "forecast_tag",
  {
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
  },
  (t) => [primaryKey({ columns: [t.forecastId, t.tag] }), index("forecast_tag_tag_idx").on(t.tag)],
);

export const scenario = sqliteTable(
  "scenario",
  {
    id: text("id").primaryKey(),
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    description: text("description").notNull().default(""),
    baseline: integer("baseline", { mode: "boolean" }).notNull(),
  },
  (t) => [uniqueIndex("scenario_forecast_position_idx").on(t.forecastId, t.position)],
);

/** Append-only: the data-access layer has an insert for it and nothing else. */
export const prediction = sqliteTable(
  "prediction",
  {
    id: text("id").primaryKey(),
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "cascade" }),
    analystId: text("analyst_id").notNull().references(() => user.id),
    createdAt: integer("created_at").notNull(),
    rationale: text("rationale").notNull().default(""),
  },
  (t) => [
    index("prediction_forecast_idx").on(t.forecastId, t.createdAt),
    index("prediction_analyst_idx").on(t.analystId, t.createdAt),
  ],
);

export const predictionProbability = sqliteTable(
  "prediction_probability",
  {
    predictionId: text("prediction_id").notNull().references(() => prediction.id, { onDelete: "cascade" }),
    scenarioId: text("scenario_id").notNull().references(() => scenario.id, { onDelete: "cascade" }),
    /** Tenths of a percent: 675 is 67.5 %. */
    tenths: integer("tenths").notNull(),
  },
  (t) => [primaryKey({ columns: [t.predictionId, t.scenarioId] })],
);

export const indicator = sqliteTable(
  "indicator",
  {
    id: text("id").primaryKey(),
    forecastId: text("forecast_id").notNull().references(() => forecast.id, { onDelete: "cascade" }),
    scenarioId: text("scenario_id").notNull().references(() => scenario.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    direction: text("direction", { enum: ["for", "against"] }).notNull(),
    likelihoodRatio: real("likelihood_ratio").notNull(),
    expectedBy: integer("expected_by"),
    createdBy: text("created_by").notNull().references(() => user.id),
    createdAt: integer("created_at").notNull(),
    retiredAt: integer("retired_at"),
  },
  (t) => [index("indicator_forecast_idx").on(t.forecastId)],
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
    createdBy: text("created_by").notNull().references(() => user.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("event_occurred_idx").on(t.occurredAt)],
);

export const eventLink = sqliteTable(
  "event_link",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id").notNull().references(() => eventRecord.id, { onDelete: "cascade" }),
    indicatorId: text("indicator_id").notNull().references(() => indicator.id, { onDelete: "cascade" }),
    note: text("note").notNull().default(""),
    createdBy: text("created_by").notNull().references(() => user.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("event_link_pair_idx").on(t.eventId, t.indicatorId), index("event_link_indicator_idx").on(t.indicatorId)],
);

export const resolution = sqliteTable("resolution", {
  forecastId: text("forecast_id").primaryKey().references(() => forecast.id, { onDelete: "cascade" }),
  outcomeScenarioId: text("outcome_scenario_id").references(() => scenario.id),
  annulled: integer("annulled", { mode: "boolean" }).notNull().default(false),
  outcomeKnownAt: integer("outcome_known_at").notNull(),
  rationale: text("rationale").notNull(),
  resolverId: text("resolver_id").references(() => user.id),
  createdAt: integer("created_at").notNull(),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    actorId: text("actor_id"),
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
