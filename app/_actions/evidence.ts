"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { addIndicator } from "@/server/evidence/add-indicator";
import { linkEventToIndicators } from "@/server/evidence/link-event";
import { recordEvent } from "@/server/evidence/record-event";
import { retireIndicator } from "@/server/evidence/retire-indicator";
import { runAction } from "@/server/http/run-action";

function refresh<T>(result: ActionResult<T>, forecastId: string): ActionResult<T> {
  if (result.ok) revalidatePath(`/forecasts/${forecastId}`);
  return result;
}

export async function addIndicatorAction(forecastId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return refresh(await runAction(async (actor, now) => ({ id: (await addIndicator(actor, forecastId, input, now)).id })), forecastId);
}

export async function retireIndicatorAction(forecastId: string, indicatorId: string): Promise<ActionResult> {
  return refresh(await runAction(async (actor, now) => { await retireIndicator(actor, indicatorId, now); return undefined; }), forecastId);
}

/** A new event, already linked to the chosen indicators. */
export async function recordEventAction(forecastId: string | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async (actor, now) => ({ id: (await recordEvent(actor, input, now)).id }));
  revalidatePath("/events");
  return forecastId ? refresh(result, forecastId) : result;
}

export async function linkEventAction(forecastId: string, eventId: string, indicatorIds: unknown, note: unknown): Promise<ActionResult> {
  return refresh(await runAction(async (actor, now) => { await linkEventToIndicators(actor, eventId, { indicatorIds, note }, now); return undefined; }), forecastId);
}
