"use server";
import { headers } from "next/headers";
import type { ActionResult } from "@/lib/action-result";
import { getAuth } from "@/server/auth/better-auth";
import { toFailure } from "@/server/http/run-action";
import { completeSetup as completeSetupUseCase } from "@/server/setup/complete-setup";

/** No session exists yet: the use case itself refuses once any user exists. */
export async function completeSetup(input: { email: string; password: string } & Record<string, unknown>): Promise<ActionResult> {
  try {
    await completeSetupUseCase(input, Date.now());
  } catch (error) {
    return toFailure(error);
  }
  const requestHeaders = await headers();
  await (await getAuth(requestHeaders)).api.signInEmail({ body: { email: String(input.email).trim().toLowerCase(), password: input.password }, headers: requestHeaders });
  return { ok: true, data: undefined };
}
