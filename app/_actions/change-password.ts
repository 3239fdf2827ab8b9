"use server";
import type { ActionResult } from "@/lib/action-result";
import { currentSessionId } from "@/server/actor";
import { runAction } from "@/server/http/run-action";
import { changeOwnPassword } from "@/server/users/change-password";

export async function changePasswordAction(input: unknown): Promise<ActionResult<{ endedSessions: number }>> {
  return runAction(async (actor, now) => changeOwnPassword(actor, await currentSessionId(), input, now));
}
