import "server-only";
import { getDb } from "@/db/client";
import { canRead, type Actor } from "@/lib/auth/policy";
import type { ForecastDto } from "@/lib/dto/forecast";
import { Forbidden } from "@/lib/errors";
import { toForecastDto } from "./forecast-dto";
import { loadForecast } from "./load-forecast";

export function getForecast(actor: Actor, forecastId: string, now: number): ForecastDto {
  if (!canRead(actor)) throw new Forbidden();
  return toForecastDto(loadForecast(getDb(), forecastId), now);
}
