"use server";
import { headers } from "next/headers";
import type { ActionResult } from "@/lib/action-result";
import { signInSchema } from "@/lib/validation/user";
import { fieldIssues } from "@/lib/validation/issues";
import { signInWithPassword } from "@/server/auth/sign-in";

export async function signIn(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: Object.fromEntries(fieldIssues(parsed.error).map((i) => [i.field, i.message])) };
  }
  const outcome = await signInWithPassword(parsed.data, await headers(), Date.now());
  if (outcome.ok) return { ok: true, data: undefined };
  switch (outcome.reason) {
    case "throttled":
      return { ok: false, message: outcome.message, fieldErrors: {} };
    case "deactivated":
      return { ok: false, message: "Your account has been deactivated, so you cannot sign in. Ask an administrator to reactivate it.", fieldErrors: {} };
    default:
      // The same words for an unknown email and a wrong password, so neither can be probed.
      return { ok: false, message: "That email and password do not match an account.", fieldErrors: {} };
  }
}
