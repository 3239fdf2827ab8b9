import "server-only";
import { getDb } from "@/db/client";
import { canRead, type Actor } from "@/lib/auth/policy";
import type { ForecastDto } from "@/lib/dto/forecast";
import { Forbidden } from "@/lib/errors";
import { toForecastDto } from "./forecast-dto";
import { loadForecast } from "./load-forecast";

export async function getForecast(actor: Actor, forecastId: string, now: number): Promise<ForecastDto> {
  if (!canRead(actor)) throw new Forbidden();
  return toForecastDto(await loadForecast(getDb(), forecastId), now);
}
