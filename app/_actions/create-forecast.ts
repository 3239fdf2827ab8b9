"use server";
import type { ActionResult } from "@/lib/action-result";
import { createForecast } from "@/server/forecasts/create-forecast";
import { runAction } from "@/server/http/run-action";

export async function createForecastAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async (actor, now) => ({ id: (await createForecast(actor, input, now)).id }));
}
