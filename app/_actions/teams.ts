"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/http/run-action";
import { createTeam, setMembership } from "@/server/teams/manage-teams";
import { setStaleDays } from "@/server/teams/set-stale-days";

export async function createTeamAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async (actor, now) => ({ id: (await createTeam(actor, input, now)).id }));
  revalidatePath("/teams");
  return result;
}

export async function setMembershipAction(teamId: string, userId: string, member: boolean): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await setMembership(actor, { teamId, userId }, member, now);
    return undefined;
  });
  revalidatePath("/teams");
  return result;
}

export async function setStaleDaysAction(teamId: string, staleDays: string): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await setStaleDays(actor, { teamId, staleDays }, now);
    return undefined;
  });
  revalidatePath("/teams");
  return result;
}
