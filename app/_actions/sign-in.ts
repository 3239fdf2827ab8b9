"use server";
import { headers } from "next/headers";
import type { ActionResult } from "@/lib/action-result";
import { signInSchema } from "@/lib/validation/user";
import { fieldIssues } from "@/lib/validation/issues";
import { getAuth } from "@/server/auth/better-auth";

export async function signIn(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: Object.fromEntries(fieldIssues(parsed.error).map((i) => [i.field, i.message])) };
  }
  const requestHeaders = await headers();
  try {
    await (await getAuth(requestHeaders)).api.signInEmail({ body: parsed.data, headers: requestHeaders });
    return { ok: true, data: undefined };
  } catch {
    // The same words for an unknown email and a wrong password, so neither can be probed.
    return { ok: false, message: "That email and password do not match an account.", fieldErrors: {} };
  }
}
