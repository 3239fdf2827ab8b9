import Link from "next/link";
import type { ForecastDto, PredictionDto } from "@/lib/dto/forecast";
import type { ScaleId } from "@/lib/estimative";
import { formatDayTime } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import { isLate } from "@/lib/scoring/window";
import { ProbabilityText } from "./probability-text";

const SHOWN_FIRST = 50;

/**
 * Every prediction ever made, newest first. They are append-only: there is nothing to edit here.
 * Once resolved, each analyst's final scored prediction is marked, and those made after the scored
 * window ended are marked late.
 */
export function PredictionHistory({ forecast, scale, showAll }: { forecast: ForecastDto; scale: ScaleId; showAll: boolean }) {
  const newestFirst = [...forecast.predictions].reverse();
  const scoringEnd = forecast.resolution && !forecast.resolution.annulled ? Date.parse(forecast.resolution.scoringEnd) : null;
  const finalIds = new Set(forecast.scores.map((s) => s.finalPredictionId));
  const shown = showAll ? newestFirst : newestFirst.slice(0, SHOWN_FIRST);
  const hidden = newestFirst.length - shown.length;
  return (
    <>
      <p className="mb-2 text-sm text-muted">
        {countOf(newestFirst.length, "prediction")}{hidden > 0 ? `; the latest ${shown.length} are shown. ` : "."}
        {hidden > 0 && (
          <Link href={`/forecasts/${forecast.id}?history=all#history-heading`} className="underline">
            Show all {newestFirst.length}
          </Link>
        )}
      </p>
      <ol className="flex flex-col gap-3" data-testid="prediction-history">
        {shown.map((p) => (
          <HistoryItem key={p.id} prediction={p} forecast={forecast} scale={scale} late={scoringEnd !== null && isLate(Date.parse(p.createdAt), scoringEnd)} final={finalIds.has(p.id)} />
        ))}
      </ol>
    </>
  );
}

function HistoryItem({ prediction: p, forecast, scale, late, final }: { prediction: PredictionDto; forecast: ForecastDto; scale: ScaleId; late: boolean; final: boolean }) {
  return (
    <li className={`rounded border border-line p-3 ${late ? "bg-gray-50" : "bg-white"}`} data-late={late || undefined}>
      <p className="text-sm text-muted">
        <strong className="text-ink">{forecast.people[p.analystId]?.name ?? "Analyst"}</strong> · {formatDayTime(p.createdAt)}
        {late && <span className="ml-2 rounded border border-line bg-white px-1.5 font-semibold text-ink">late, not scored</span>}
        {final && <span className="ml-2 rounded border border-holding bg-green-50 px-1.5 font-semibold text-holding">final, scored</span>}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {forecast.scenarios.map((s) => (
          <li key={s.id}>
            {s.label}: <ProbabilityText value={p.probabilities[s.id]} scale={scale} />
          </li>
        ))}
      </ul>
      {p.rationale && <p className="mt-2 whitespace-pre-wrap">{p.rationale}</p>}
    </li>
  );
}
