import "server-only";
import { getDb } from "@/db/client";
import { canReadScoresOf, type Actor } from "@/lib/auth/policy";
import type { ResolutionDto, ScoreDto } from "@/lib/dto/forecast";
import { toForecastDto } from "../forecasts/forecast-dto";
import { loadForecast } from "../forecasts/load-forecast";

export type ResolutionAnswer = ResolutionDto & { scores: ScoreDto[] };

/** SPEC §6's answer to a resolution: the resolution with the forecast's scores the reader may see. */
export async function resolutionWithScores(actor: Actor, forecastId: string): Promise<ResolutionAnswer> {
  const dto = toForecastDto(await loadForecast(getDb(), forecastId), Date.now(), (analystId) => canReadScoresOf(actor, analystId));
  return { ...dto.resolution!, scores: dto.scores };
}
