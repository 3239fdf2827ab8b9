import Link from "next/link";
import type { ForecastDto } from "@/lib/dto/forecast";
import type { ScaleId } from "@/lib/estimative";
import { formatDayTime } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import { ProbabilityText } from "./probability-text";

const SHOWN_FIRST = 50;

/** Every prediction ever made, newest first. They are append-only: there is nothing to edit here. */
export function PredictionHistory({ forecast, scale, showAll }: { forecast: ForecastDto; scale: ScaleId; showAll: boolean }) {
  const newestFirst = [...forecast.predictions].reverse();
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
          <li key={p.id} className="rounded border border-line bg-white p-3">
            <p className="text-sm text-muted">
              <strong className="text-ink">{forecast.people[p.analystId]?.name ?? "Analyst"}</strong> · {formatDayTime(p.createdAt)}
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
        ))}
      </ol>
    </>
  );
}
