"use server";
import { headers } from "next/headers";
import type { ActionResult } from "@/lib/action-result";
import { signInSchema } from "@/lib/validation/user";
import { fieldIssues } from "@/lib/validation/issues";
import { isAPIError } from "better-auth/api";
import { ACCOUNT_DEACTIVATED, getAuth } from "@/server/auth/better-auth";

export async function signIn(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: Object.fromEntries(fieldIssues(parsed.error).map((i) => [i.field, i.message])) };
  }
  const requestHeaders = await headers();
  try {
    await (await getAuth(requestHeaders)).api.signInEmail({ body: parsed.data, headers: requestHeaders });
    return { ok: true, data: undefined };
  } catch (error) {
    if (isAPIError(error) && error.body?.code === ACCOUNT_DEACTIVATED) {
      return { ok: false, message: "Your account has been deactivated, so you cannot sign in. Ask an administrator to reactivate it.", fieldErrors: {} };
    }
    // The same words for an unknown email and a wrong password, so neither can be probed.
    return { ok: false, message: "That email and password do not match an account.", fieldErrors: {} };
  }
}
