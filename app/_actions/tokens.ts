"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/http/run-action";
import { createToken } from "@/server/tokens/create-token";
import { revokeToken } from "@/server/tokens/revoke-token";

/** The account page makes tokens for the person signed in, whatever the posted body says. */
function ownInput(input: unknown): unknown {
  return input && typeof input === "object" ? { ...input, ownerId: undefined } : input;
}

export async function createTokenAction(input: unknown): Promise<ActionResult<{ token: string }>> {
  const result = await runAction(async (actor, now) => ({ token: (await createToken(actor, ownInput(input), now)).token }));
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
