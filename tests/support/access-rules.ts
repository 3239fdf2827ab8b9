import type { Role } from "@/lib/auth/roles";

/**
 * Who may call each API route and server action (SPEC §1, §6), for app/access-matrix.db.test.ts.
 * The test lists the routes (app/api/**\/route.ts, each exported method) and the server actions
 * (app/_actions/*.ts, each export) itself: one without a rule here fails it. Add the rule with
 * the route, and a request that reaches its rights check (`World` has a forecast by the analyst,
 * an indicator on it, and an event).
 */
export type Who = "public" | "any role" | Role[];

export interface World {
  forecastId: string;
  scenarioIds: string[];
  indicatorId: string;
  eventId: string;
  teamId: string;
  analystId: string;
  reviewerId: string;
  /** A token id of the admin's (for revoking). */
  tokenId: string;
  /** A comment the analyst wrote on the forecast (only its author may edit it). */
  commentId: string;
}

export interface RouteRule {
  who: Who;
  params?: (w: World) => Record<string, string>;
  query?: (w: World) => Record<string, string>;
  body?: (w: World) => unknown;
}

const forecastParams = (w: World) => ({ id: w.forecastId });
const validPrediction = (w: World) => ({ probabilities: { [w.scenarioIds[0]]: 55, [w.scenarioIds[1]]: 45 }, rationale: "matrix" });

/** "METHOD /api/…" → rule. */
export const ROUTE_RULES: Record<string, RouteRule> = {
  "GET /api/health": { who: "public" },
  // better-auth's own endpoints: signing in is how one gets credentials.
  "GET /api/auth/[...all]": { who: "public" },
  "POST /api/auth/[...all]": { who: "public" },
  "GET /api/v1/audit": { who: ["admin"] },
  "GET /api/v1/events": { who: "any role" },
  "POST /api/v1/events": { who: ["analyst"], body: () => ({ occurredAt: "2021-09-01", title: "Matrix event" }) },
  "POST /api/v1/events/[id]/links": { who: ["analyst"], params: (w) => ({ id: w.eventId }), body: (w) => ({ indicatorId: w.indicatorId }) },
  "GET /api/v1/export": { who: "any role" },
  "GET /api/v1/forecasts": { who: "any role" },
  "POST /api/v1/forecasts": {
    who: ["analyst"],
    body: () => ({ title: "Matrix", statement: "S", resolutionCriteria: "R", closesAt: "2099-01-01", scenarios: [{ label: "Yes", baseline: true }, { label: "No" }], probabilities: [50, 50] }),
  },
  "GET /api/v1/forecasts/[id]": { who: "any role", params: forecastParams },
  "GET /api/v1/forecasts/[id]/timeline": { who: "any role", params: forecastParams },
  "POST /api/v1/forecasts/[id]/predictions": { who: ["analyst"], params: forecastParams, body: validPrediction },
  // Indicators belong to the forecast's author, who is the analyst of the matrix.
  "POST /api/v1/forecasts/[id]/indicators": { who: ["analyst"], params: forecastParams, body: (w) => ({ scenarioId: w.scenarioIds[0], description: "Matrix sign", direction: "for", likelihoodRatio: 3 }) },
  "POST /api/v1/forecasts/[id]/resolution": {
    who: ["reviewer"],
    params: forecastParams,
    body: (w) => ({ outcomeScenarioId: w.scenarioIds[0], outcomeKnownAt: "2021-09-02T00:00:00Z", rationale: "Matrix" }),
  },
  "POST /api/v1/forecasts/[id]/reopen": { who: ["admin"], params: forecastParams, body: () => ({ reason: "Matrix" }) },
  "POST /api/v1/import": { who: ["admin"], body: () => ({ forecasts: [] }) },
  "GET /api/v1/people": { who: "any role", query: () => ({ q: "a" }) },
  "GET /api/v1/tags": { who: "any role" },
  "POST /api/v1/reports": { who: ["analyst"], body: () => ({ title: "Matrix report", publishedAt: "2021-08-10", body: "It will likely rain." }) },
  "POST /api/v1/reports/extract": { who: "any role", body: () => ({ text: "It will likely rain by October 2021." }) },
  "GET /api/v1/scores": { who: "any role" },
  // Without analystId everyone reads calibration: an analyst's own, a reviewer's or manager's of all.
  "GET /api/v1/calibration": { who: "any role" },
  "GET /api/v1/calibration/statements": { who: "any role", query: () => ({ bin: "0" }) },
  // The analyst of the matrix wrote the forecast: its author or an admin edits the question.
  "PATCH /api/v1/forecasts/[id]": { who: ["analyst", "admin"], params: forecastParams, body: () => ({ statement: "Matrix, edited", reason: "Matrix" }) },
  "GET /api/v1/forecasts/[id]/versions": { who: "any role", params: forecastParams },
  "GET /api/v1/forecasts/[id]/comments": { who: "any role", params: forecastParams },
  "POST /api/v1/forecasts/[id]/comments": { who: "any role", params: forecastParams, body: () => ({ body: "Matrix comment" }) },
  // Only the comment's author, the analyst, may edit it.
  "PATCH /api/v1/forecasts/[id]/comments/[commentId]": { who: ["analyst"], params: (w) => ({ id: w.forecastId, commentId: w.commentId }), body: () => ({ body: "Matrix comment, edited" }) },
  "GET /api/v1/inbox": { who: "any role" },
  "POST /api/v1/inbox/read": { who: "any role", body: () => ({}) },
};

export interface ActionRule {
  who: Who;
  /** Arguments that get past parsing to the rights check. */
  args: (w: World) => unknown[];
}

/** "file.ts#export" → rule. Public ones are the way in (setup, sign-in) and out. */
export const ACTION_RULES: Record<string, ActionRule> = {
  "add-prediction.ts#addPredictionAction": { who: ["analyst"], args: (w) => [w.forecastId, validPrediction(w)] },
  "admin.ts#createUserAction": { who: ["admin"], args: () => [{ email: "matrix-new@example.org", name: "New", roles: ["analyst"] }] },
  "admin.ts#setRolesAction": { who: ["admin"], args: (w) => [w.analystId, ["analyst", "admin"]] },
  "admin.ts#setScaleAction": { who: ["admin"], args: () => ["icd203"] },
  "admin.ts#setIndependenceAction": { who: ["admin"], args: () => [false] },
  "comments.ts#addCommentAction": { who: "any role", args: (w) => [w.forecastId, { body: "Matrix comment" }] },
  "comments.ts#editCommentAction": { who: ["analyst"], args: (w) => [w.forecastId, w.commentId, { body: "Matrix comment, edited" }] },
  "edit-forecast.ts#editForecastAction": { who: ["analyst", "admin"], args: (w) => [w.forecastId, { statement: "Matrix, edited", reason: "Matrix" }] },
  "inbox.ts#markInboxReadAction": { who: "any role", args: () => [null] },
  "quick-forecast.ts#quickForecastAction": { who: ["analyst"], args: () => ["Rain in Paris by 2099-01-01? likely"] },
  "admin.ts#setPasswordAction": { who: ["admin"], args: (w) => [w.analystId, { password: "a-new-password-1" }] },
  "admin.ts#deactivateUserAction": { who: ["admin"], args: (w) => [w.reviewerId] },
  "admin.ts#reactivateUserAction": { who: ["admin"], args: (w) => [w.reviewerId] },
  "change-password.ts#changePasswordAction": { who: "any role", args: () => [{ currentPassword: "wrong-password-0", newPassword: "another-password-1", confirmPassword: "another-password-1" }] },
  "complete-setup.ts#completeSetup": { who: "public", args: () => [{ email: "late@example.org", password: "too-late-setup-1", name: "Late" }] },
  "confirm-sign-in.ts#confirmSignIn": { who: "public", args: () => [] },
  "create-forecast.ts#createForecastAction": { who: ["analyst"], args: (w) => [ROUTE_RULES["POST /api/v1/forecasts"].body!(w)] },
  "create-report.ts#createReportAction": { who: ["analyst"], args: (w) => [ROUTE_RULES["POST /api/v1/reports"].body!(w)] },
  "evidence.ts#addIndicatorAction": { who: ["analyst"], args: (w) => [w.forecastId, ROUTE_RULES["POST /api/v1/forecasts/[id]/indicators"].body!(w)] },
  "evidence.ts#retireIndicatorAction": { who: ["analyst"], args: (w) => [w.forecastId, w.indicatorId] },
  "evidence.ts#recordEventAction": { who: ["analyst"], args: (w) => [w.forecastId, { occurredAt: "2021-09-01", title: "Matrix event" }] },
  "evidence.ts#linkEventAction": { who: ["analyst"], args: (w) => [w.forecastId, w.eventId, [w.indicatorId], ""] },
  "reopen-forecast.ts#reopenForecastAction": { who: ["admin"], args: (w) => [w.forecastId, { reason: "Matrix" }] },
  "resolve-forecast.ts#resolveForecastAction": { who: ["reviewer"], args: (w) => [w.forecastId, ROUTE_RULES["POST /api/v1/forecasts/[id]/resolution"].body!(w)] },
  "sign-in.ts#signIn": { who: "public", args: () => [{ email: "nobody@example.org", password: "wrong" }] },
  "sign-out.ts#signOut": { who: "public", args: () => [] },
  "teams.ts#createTeamAction": { who: ["manager", "admin"], args: () => [{ name: "Matrix desk" }] },
  "teams.ts#setMembershipAction": { who: ["manager", "admin"], args: (w) => [w.teamId, w.analystId, true] },
  "teams.ts#setStaleDaysAction": { who: ["manager", "admin"], args: (w) => [w.teamId, "10"] },
  "tokens.ts#createTokenAction": { who: "any role", args: () => [{ name: "matrix" }] },
  "tokens.ts#revokeTokenAction": { who: "any role", args: (w) => [w.tokenId] },
};
