"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { addPrediction } from "@/server/forecasts/add-prediction";
import { runAction } from "@/server/http/run-action";

export async function addPredictionAction(forecastId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async (actor, now) => ({ id: (await addPrediction(actor, forecastId, input, now)).id }));
  if (result.ok) revalidatePath(`/forecasts/${forecastId}`);
  return result;
}
