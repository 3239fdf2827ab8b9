"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/http/run-action";
import { resolveForecast } from "@/server/resolutions/resolve-forecast";

/** Resolve or annul (SPEC §6's resolution body, `annulled: true` for an annulment): the queue and the forecast page share it. */
export async function resolveForecastAction(forecastId: string, input: unknown): Promise<ActionResult<{ scored: number }>> {
  const result = await runAction(async (actor, now) => ({ scored: (await resolveForecast(actor, forecastId, input, now)).scores.length }));
  if (result.ok) {
    revalidatePath(`/forecasts/${forecastId}`);
    revalidatePath("/review");
    revalidatePath("/scores", "layout");
  }
  return result;
}
