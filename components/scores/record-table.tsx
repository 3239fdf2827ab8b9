import Link from "next/link";
import type { RecordItemDto } from "@/lib/dto/scores";
import { formatDay } from "@/lib/format/dates";
import { SCORE_MEANINGS, formatScore } from "@/lib/format/scores";
import { RelativeScore } from "./score-cells";

/** An analyst's record forecast by forecast: what it was, how it ended, and each score. */
export function RecordTable({ items }: { items: RecordItemDto[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left" data-testid="analyst-record">
        <caption className="sr-only">Scores forecast by forecast, the most recent outcome first</caption>
        <thead>
          <tr className="border-b border-line align-bottom">
            <th scope="col" className="p-2">Forecast</th>
            <th scope="col" className="p-2">Outcome</th>
            <th scope="col" className="p-2">Outcome known</th>
            <Heading name="Final Brier" meaning={SCORE_MEANINGS.brier} />
            <Heading name="Time-averaged Brier" meaning={SCORE_MEANINGS.brier} />
            <Heading name="Relative Brier" meaning="negative is better than the crowd" />
            <Heading name="Final log score" meaning={SCORE_MEANINGS.log} />
            <Heading name="Time-averaged log score" meaning={SCORE_MEANINGS.log} />
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.forecastId} className="border-b border-line" data-forecast={item.title}>
              <th scope="row" className="p-2 font-normal">
                <Link href={`/forecasts/${item.forecastId}`} className="text-accent-dark underline">{item.title}</Link>
              </th>
              <td className="p-2">{item.outcome}</td>
              <td className="p-2 whitespace-nowrap">{formatDay(item.outcomeKnownAt)}</td>
              <td className="p-2 tabular-nums" data-score="finalBrier">{formatScore(item.finalBrier)}</td>
              <td className="p-2 tabular-nums" data-score="timeAveragedBrier">{formatScore(item.timeAveragedBrier)}</td>
              <td className="p-2" data-score="relativeBrier"><RelativeScore value={item.relativeBrier} /></td>
              <td className="p-2 tabular-nums" data-score="finalLogScore">{formatScore(item.finalLogScore)}</td>
              <td className="p-2 tabular-nums" data-score="timeAveragedLogScore">{formatScore(item.timeAveragedLogScore)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Heading({ name, meaning }: { name: string; meaning: string }) {
  return (
    <th scope="col" className="p-2">
      {name}
      <span className="block text-xs font-normal text-muted">{meaning}</span>
    </th>
  );
}
