import type { AnalystMeansRow } from "@/lib/scores/analyst-order";

/** One scored forecast of an analyst's record (SPEC §5), with what it was about and how it ended. */
export interface RecordItemDto {
  forecastId: string;
  title: string;
  closesAt: string;
  /** The scenario that occurred. */
  outcome: string;
  outcomeKnownAt: string;
  finalBrier: number;
  timeAveragedBrier: number;
  relativeBrier: number;
  finalLogScore: number;
  timeAveragedLogScore: number;
  scoredPredictions: number;
  latePredictions: number;
}

export interface AnalystRecordDto {
  analyst: { id: string; name: string };
  /** Forecasts scored and the four means over the filters; null when none is scored. */
  summary: AnalystMeansRow | null;
  items: RecordItemDto[];
  nextCursor: string | null;
}

/** What the scores page's filters offer. */
export interface ScoreFilterChoices {
  /** Only for readers of everyone's scores: an analyst sees their own alone. */
  analysts: { id: string; name: string }[] | null;
  teams: { id: string; name: string }[];
  /** `name` is the report's title (the shape every choice list shares). */
  reports: { id: string; name: string }[];
}
