"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/http/run-action";
import { reopenForecast } from "@/server/resolutions/reopen-forecast";

/** An admin undoes a wrong resolution, with a reason; its scores go with it. */
export async function reopenForecastAction(forecastId: string, input: unknown): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await reopenForecast(actor, forecastId, input, now);
    return undefined;
  });
  if (result.ok) {
    revalidatePath(`/forecasts/${forecastId}`);
    revalidatePath("/review");
    revalidatePath("/scores", "layout");
  }
  return result;
}
