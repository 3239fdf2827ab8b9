"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { quickForecast } from "@/server/forecasts/quick-forecast";
import { runAction } from "@/server/http/run-action";

export async function quickForecastAction(text: string): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async (actor, now) => quickForecast(actor, text, now));
  if (result.ok) revalidatePath("/forecasts");
  return result;
}
