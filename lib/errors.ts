import { countOf } from "./format/plural";

/**
 * Domain errors carry their SPEC §6 status and code, so every adapter (route, action, CLI) maps
 * them the same way. `name` survives the server-action boundary where `instanceof` does not.
 */
export interface FieldIssue {
  field: string;
  message: string;
}

export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "forecast_closed"
  | "already_resolved"
  | "conflict_of_interest"
  | "duplicate_link"
  | "validation_failed"
  | "payload_too_large"
  | "rate_limited"
  | "internal";

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class BadRequest extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, "bad_request", message, details);
  }
}

export class Unauthenticated extends AppError {
  constructor(message = "Sign in, or send a valid API token as 'Authorization: Bearer <token>'.") {
    super(401, "unauthenticated", message);
  }
}

export class Forbidden extends AppError {
  constructor(message = "You do not have the right to do this.") {
    super(403, "forbidden", message);
  }
}

export class NotFound extends AppError {
  constructor(what: string) {
    super(404, "not_found", `${what} was not found.`);
  }
}

export class Conflict extends AppError {
  constructor(code: Extract<ErrorCode, "conflict" | "forecast_closed" | "already_resolved" | "conflict_of_interest" | "duplicate_link">, message: string) {
    super(409, code, message);
  }
}

/** A request body over its route's limit (lib/http/body-limits.ts): refused before it is parsed. */
export class PayloadTooLarge extends AppError {
  constructor(limitBytes: number) {
    super(413, "payload_too_large", `The request body is larger than this route accepts (${formatBytes(limitBytes)}).`, { limitBytes });
  }
}

/** Too many tries (sign-in throttling): `retryAfterSeconds` goes out as the Retry-After header. */
export class RateLimited extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, "rate_limited", message, { retryAfterSeconds });
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1_000} kB`;
}

/** Valid JSON that breaks a rule: every issue names its field. */
export class RuleViolation extends AppError {
  constructor(readonly issues: FieldIssue[]) {
    super(422, "validation_failed", summarise(issues), issues);
  }
}

function summarise(issues: FieldIssue[]): string {
  if (issues.length === 0) return "The input is not valid.";
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `${first.field ? `${first.field}: ` : ""}${first.message}${more}`;
}

/**
 * What a form says above its fields when some of them were refused: how many, in plain words.
 * The messages themselves go beside their fields. (The API's `message` keeps naming the first
 * field, `summarise` above, because its readers are programs and the people who write them.)
 */
export function fieldsNeedAttention(count: number): string {
  return `${countOf(count, "field")} ${count === 1 ? "needs" : "need"} attention: see below.`;
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === "AppError" && "status" in error);
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** The one mapping from any thrown value to SPEC §6's error body; unexpected errors keep their text private. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (isAppError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return { status: error.status, body };
  }
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side. It has been logged." } } };
}
