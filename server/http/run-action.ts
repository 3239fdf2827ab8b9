import "server-only";
import type { ActionResult } from "@/lib/action-result";
import { fieldsNeedAttention, isAppError, type AppError, type FieldIssue } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { currentActor } from "../actor";

/**
 * The one adapter every server action goes through: anyone can POST to an action, so it finds
 * the caller itself, runs one use case, and turns expected errors into form state. Unexpected
 * errors are logged; the form only hears that something went wrong.
 */
export async function runAction<T>(work: (actor: Actor, now: number) => Promise<T> | T): Promise<ActionResult<T>> {
  try {
    const actor = await currentActor();
    if (!actor) return { ok: false, message: "Your session has ended: sign in again.", fieldErrors: {} };
    return { ok: true, data: await work(actor, Date.now()) };
  } catch (error) {
    return toFailure(error);
  }
}

/**
 * Form state for a refused action. `fieldErrors` is keyed by the same dotted paths as the API's
 * `details` ("scenarios.1.label"; an issue of no field goes under "form"), each with its first
 * message. `message` is for people: how many fields need attention (their messages go beside
 * them), never the API's developer summary "occurredAt: … (and 1 more)".
 */
export function toFailure(error: unknown): { ok: false; message: string; fieldErrors: Record<string, string> } {
  if (isAppError(error)) {
    const fieldErrors = fieldErrorsOf(error as AppError);
    return { ok: false, message: formMessage(error as AppError, fieldErrors), fieldErrors };
  }
  console.error(error);
  return { ok: false, message: "Something went wrong on our side and nothing was saved. Please try again.", fieldErrors: {} };
}

function fieldErrorsOf(error: AppError): Record<string, string> {
  const issues = Array.isArray(error.details) ? (error.details as FieldIssue[]) : [];
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[issue.field || "form"] ??= issue.message;
  return fieldErrors;
}

function formMessage(error: AppError, fieldErrors: Record<string, string>): string {
  const { form: aboutTheWholeForm, ...byField } = fieldErrors;
  const fieldCount = Object.keys(byField).length;
  if (fieldCount === 0) return aboutTheWholeForm ?? error.message;
  return [aboutTheWholeForm, fieldsNeedAttention(fieldCount)].filter(Boolean).join(" ");
}
