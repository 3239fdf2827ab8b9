import "server-only";
import type { ActionResult } from "@/lib/action-result";
import { isAppError, type AppError, type FieldIssue } from "@/lib/errors";
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

export function toFailure(error: unknown): { ok: false; message: string; fieldErrors: Record<string, string> } {
  if (isAppError(error)) {
    const appError = error as AppError;
    const issues = Array.isArray(appError.details) ? (appError.details as FieldIssue[]) : [];
    const fieldErrors: Record<string, string> = {};
    for (const issue of issues) fieldErrors[issue.field || "form"] ??= issue.message;
    return { ok: false, message: appError.message, fieldErrors };
  }
  console.error(error);
  return { ok: false, message: "Something went wrong on our side and nothing was saved. Please try again.", fieldErrors: {} };
}
