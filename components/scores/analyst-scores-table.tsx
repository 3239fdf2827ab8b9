import Link from "next/link";
import { countOf } from "@/lib/format/plural";
import { SCORE_MEANINGS, formatScore } from "@/lib/format/scores";
import type { AnalystMeansRow, Direction, ScoreColumn } from "@/lib/scores/analyst-order";
import { RelativeScore } from "./score-cells";

const COLUMNS: { column: ScoreColumn; name: string; meaning?: string }[] = [
  { column: "name", name: "Analyst" },
  { column: "forecasts", name: "Forecasts scored" },
  { column: "meanFinalBrier", name: "Mean final Brier", meaning: SCORE_MEANINGS.brier },
  { column: "meanTimeAveragedBrier", name: "Mean time-averaged Brier", meaning: SCORE_MEANINGS.brier },
  { column: "meanRelativeBrier", name: "Mean relative Brier", meaning: "negative is better than the crowd" },
  { column: "meanFinalLogScore", name: "Mean final log score", meaning: SCORE_MEANINGS.log },
];

const ORDER_WORDS: Record<ScoreColumn, Record<Direction, string>> = {
  name: { asc: "A to Z", desc: "Z to A" },
  forecasts: { asc: "fewest first", desc: "most first" },
  meanFinalBrier: { asc: "lowest first", desc: "highest first" },
  meanTimeAveragedBrier: { asc: "lowest first", desc: "highest first" },
  meanRelativeBrier: { asc: "lowest first", desc: "highest first" },
  meanFinalLogScore: { asc: "lowest first", desc: "highest first" },
};

interface AnalystScoresTableProps {
  rows: AnalystMeansRow[];
  sort: ScoreColumn;
  dir: Direction;
  /** The page's URL sorted by a column (best first, or turned around when already sorted by it). */
  sortHref: (column: ScoreColumn) => string;
  /** An analyst's record, with the same filters. */
  recordHref: (analystId: string) => string;
}

/** Per analyst: forecasts scored and the four means, sortable by any column through links (the order is in the URL). */
export function AnalystScoresTable({ rows, sort, dir, sortHref, recordHref }: AnalystScoresTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left" data-testid="analyst-scores">
        <caption className="p-2 text-left text-sm text-muted">
          {countOf(rows.length, "analyst")}, sorted by {COLUMNS.find((c) => c.column === sort)?.name.toLowerCase()}, {ORDER_WORDS[sort][dir]}. Choose a column heading to sort by it.
        </caption>
        <thead>
          <tr className="border-b border-line align-bottom">
            {COLUMNS.map(({ column, name, meaning }) => (
              <th key={column} scope="col" className="p-2" aria-sort={column === sort ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                <Link href={sortHref(column)} className="underline" data-column={column}>
                  {name}
                  {column === sort && <span aria-hidden> {dir === "asc" ? "▲" : "▼"}</span>}
                </Link>
                {meaning && <span className="block text-xs font-normal text-muted">{meaning}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.analystId} className="border-b border-line" data-analyst={row.name}>
              <th scope="row" className="p-2 font-semibold">
                <Link href={recordHref(row.analystId)} className="text-accent-dark underline">{row.name}</Link>
              </th>
              <td className="p-2 tabular-nums" data-score="forecasts">{row.forecasts.toLocaleString("en-GB")}</td>
              <td className="p-2 tabular-nums" data-score="meanFinalBrier">{formatScore(row.meanFinalBrier)}</td>
              <td className="p-2 tabular-nums" data-score="meanTimeAveragedBrier">{formatScore(row.meanTimeAveragedBrier)}</td>
              <td className="p-2" data-score="meanRelativeBrier"><RelativeScore value={row.meanRelativeBrier} /></td>
              <td className="p-2 tabular-nums" data-score="meanFinalLogScore">{formatScore(row.meanFinalLogScore)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
