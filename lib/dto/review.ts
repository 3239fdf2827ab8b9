import type { ScaleId } from "@/lib/estimative";
import type { ForecastDto } from "./forecast";

/** What a reviewer needs to decide, without the predictions: the outcome doesn't depend on them. */
export type QueueForecastDto = Omit<ForecastDto, "predictions" | "predictionsNextCursor" | "scores">;

export interface ReviewQueueItemDto {
  forecast: QueueForecastDto;
  /** Why this reviewer may not resolve it (they wrote it or predicted on it), or null. */
  refusal: string | null;
}

export interface ReviewQueueDto {
  items: ReviewQueueItemDto[];
  nextCursor: string | null;
  /** Every forecast awaiting resolution, on all pages. */
  total: number;
  /** The installation's words for probabilities. */
  scale: ScaleId;
}
