/**
 * How large a request body each kind of route accepts (the README lists them). Anything larger is
 * refused with 413 before it is parsed, so one request cannot make the server hold gigabytes.
 */
export const BODY_LIMITS = {
  /** Every JSON route not named below: forecasts, predictions, indicators, events, links, resolutions. */
  json: 256_000,
  /** A report's text may be 1 MB (lib/validation/report.ts); JSON escaping can nearly double it. */
  report: 2_500_000,
  /** POST /api/v1/import: whole track records (the ForecastBench sample is 2.2 MB). */
  import: 100_000_000,
} as const;

/** Server actions (the forms): the largest is a report's text, as for the API. Kept in next.config.js. */
export const SERVER_ACTION_LIMIT = "3mb";
