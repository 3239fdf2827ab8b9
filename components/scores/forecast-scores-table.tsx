import type { ForecastDto, ScoreDto } from "@/lib/dto/forecast";
import { countOf } from "@/lib/format/plural";
import { SCORE_MEANINGS, evenSplitBrier, formatScore } from "@/lib/format/scores";
import { RelativeScore } from "./score-cells";

/**
 * Every forecaster the reader may see on a resolved forecast (SPEC §5): final, time-averaged and
 * relative Brier, and the final and time-averaged log scores, each with which way is better.
 */
export function ForecastScoresTable({ forecast, seesEveryone }: { forecast: ForecastDto; seesEveryone: boolean }) {
  const resolution = forecast.resolution;
  if (!resolution || resolution.annulled) return null;
  const rows = [...forecast.scores].sort((a, b) => nameOf(forecast, a).localeCompare(nameOf(forecast, b)));
  if (rows.length === 0) {
    return (
      <p className="rounded border border-line bg-white p-4" data-testid="forecast-scores-empty">
        {seesEveryone ? "No one predicted before the scored window ended, so no one is scored on this forecast." : "You have no score on this forecast: you made no prediction before the scored window ended."}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-muted">
        Brier scores run from 0 to 1, lower is better: an even split across the {countOf(forecast.scenarios.length, "scenario")} would score {formatScore(evenSplitBrier(forecast.scenarios.length))}. Log scores are at most 0, higher is better. Relative Brier compares each day&apos;s standing prediction with the median forecaster&apos;s: negative is better than the crowd.
        {!seesEveryone && " You see your own scores; reviewers and managers see everyone's."}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left" data-testid="forecast-scores">
          <caption className="sr-only">Scores of each forecaster on this forecast</caption>
          <thead>
            <tr className="border-b border-line align-bottom">
              <th scope="col" className="p-2">Forecaster</th>
              <ScoreHeading name="Final Brier" meaning={SCORE_MEANINGS.brier} />
              <ScoreHeading name="Time-averaged Brier" meaning={SCORE_MEANINGS.brier} />
              <ScoreHeading name="Relative Brier" meaning="negative is better than the crowd" />
              <ScoreHeading name="Final log score" meaning={SCORE_MEANINGS.log} />
              <ScoreHeading name="Time-averaged log score" meaning={SCORE_MEANINGS.log} />
              <th scope="col" className="p-2">Predictions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((score) => (
              <tr key={score.analystId} className="border-b border-line" data-analyst={nameOf(forecast, score)}>
                <th scope="row" className="p-2 font-semibold">{nameOf(forecast, score)}</th>
                <td className="p-2 tabular-nums" data-score="finalBrier">{formatScore(score.finalBrier)}</td>
                <td className="p-2 tabular-nums" data-score="timeAveragedBrier">{formatScore(score.timeAveragedBrier)}</td>
                <td className="p-2" data-score="relativeBrier"><RelativeScore value={score.relativeBrier} /></td>
                <td className="p-2 tabular-nums" data-score="finalLogScore">{formatScore(score.finalLogScore)}</td>
                <td className="p-2 tabular-nums" data-score="timeAveragedLogScore">{formatScore(score.timeAveragedLogScore)}</td>
                <td className="p-2 text-sm">
                  {countOf(score.scoredPredictions, "prediction")} scored
                  {score.latePredictions > 0 && `, ${countOf(score.latePredictions, "late one")} not`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function nameOf(forecast: ForecastDto, score: ScoreDto): string {
  return forecast.people[score.analystId]?.name ?? "Analyst";
}

function ScoreHeading({ name, meaning }: { name: string; meaning: string }) {
  return (
    <th scope="col" className="p-2">
      {name}
      <span className="block text-xs font-normal text-muted">{meaning}</span>
    </th>
  );
}
