"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { serverNow } from "@/server/clock";
import { currentActor } from "@/server/actor";
import { toFailure } from "@/server/http/run-action";
import { markInboxRead } from "@/server/inbox/inbox";

/** Marks these inbox items read, or (none given) everything in the inbox now. */
export async function markInboxReadAction(ids: string[] | null): Promise<ActionResult> {
  try {
    const actor = await currentActor();
    if (!actor) return { ok: false, message: "Your session has ended: sign in again.", fieldErrors: {} };
    await markInboxRead(actor, ids ? { ids } : {}, serverNow());
  } catch (error) {
    return toFailure(error);
  }
  revalidatePath("/inbox");
  return { ok: true, data: undefined };
}
