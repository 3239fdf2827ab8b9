"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/http/run-action";
import { editForecast } from "@/server/versions/edit-forecast";

/** The author (or an admin) edits the question: a new version, with a reason. */
export async function editForecastAction(forecastId: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  const result = await runAction(async (actor, now) => ({ version: (await editForecast(actor, forecastId, input, now)).version }));
  if (result.ok) revalidatePath(`/forecasts/${forecastId}`);
  return result;
}
