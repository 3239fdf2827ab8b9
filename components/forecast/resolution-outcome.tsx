import type { ForecastDto } from "@/lib/dto/forecast";
import { formatDay, formatDayTime } from "@/lib/format/dates";

/** How the forecast resolved: the scenario or the annulment, when it became known, by whom, why, and the events cited. */
export function ResolutionOutcome({ forecast, citedEvents }: { forecast: ForecastDto; citedEvents: { id: string; title: string; occurredAt: string }[] }) {
  const resolution = forecast.resolution;
  if (!resolution) return null;
  const outcome = forecast.scenarios.find((s) => s.id === resolution.outcomeScenarioId);
  const resolver = resolution.resolverId ? (forecast.people[resolution.resolverId]?.name ?? "a reviewer") : "an import";
  return (
    <div className="flex flex-col gap-3" data-testid="resolution-outcome">
      <p className="text-lg">
        {resolution.annulled ? (
          <>
            <strong>Annulled</strong>: the question became moot or ambiguous. An annulled forecast is never scored.
          </>
        ) : (
          <>
            <strong>“{outcome?.label ?? "Unknown scenario"}”</strong> occurred{outcome?.baseline ? " (the baseline)" : " (an alternative, not the baseline)"}.
          </>
        )}
      </p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Outcome known</dt>
        <dd>{formatDayTime(resolution.outcomeKnownAt)}</dd>
        <dt className="font-semibold">{resolution.annulled ? "Annulled by" : "Resolved by"}</dt>
        <dd>
          {resolver}, {formatDay(resolution.createdAt)}
        </dd>
        {!resolution.annulled && (
          <>
            <dt className="font-semibold">Scored window</dt>
            <dd>
              {formatDayTime(forecast.createdAt)} to {formatDayTime(resolution.scoringEnd)}{" "}
              <span className="text-muted">(the horizon or when the outcome became known, whichever came first)</span>
            </dd>
          </>
        )}
        <dt className="font-semibold">{resolution.annulled ? "Reason" : "Rationale"}</dt>
        <dd className="whitespace-pre-wrap break-words">{resolution.rationale}</dd>
        <dt className="font-semibold">Events cited</dt>
        <dd>
          {citedEvents.length === 0 ? (
            <span className="text-muted">None</span>
          ) : (
            <ul aria-label="Events cited" className="list-disc pl-5">
              {citedEvents.map((e) => (
                <li key={e.id}>
                  {e.title} <span className="text-muted">({formatDay(e.occurredAt)})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </div>
  );
}
