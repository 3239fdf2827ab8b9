"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/http/run-action";
import { createToken } from "@/server/tokens/create-token";
import { revokeToken } from "@/server/tokens/revoke-token";

export async function createTokenAction(input: unknown): Promise<ActionResult<{ token: string }>> {
  const result = await runAction(async (actor, now) => ({ token: (await createToken(actor, actor.id, input, now)).token }));
  revalidatePath("/account");
  return result;
}

export async function revokeTokenAction(tokenId: string): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await revokeToken(actor, { tokenId }, now);
    return undefined;
  });
  revalidatePath("/account");
  return result;
}
