import Link from "next/link";
import { countOf } from "@/lib/format/plural";
import type { ForecastDto } from "@/lib/dto/forecast";
import { AttachEventForm, type EventChoice } from "./attach-event-form";
import { EventSummary } from "./event-summary";

const SHOWN_FIRST = 50;

/** The events linked to this forecast's indicators, newest first, and the form to attach another. */
export function EvidencePanel({ forecast, mayLink, eventChoices, showAll }: { forecast: ForecastDto; mayLink: boolean; eventChoices: EventChoice[]; showAll: boolean }) {
  const indicatorById = new Map(forecast.indicators.map((i) => [i.id, i]));
  const newestFirst = [...forecast.events].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, SHOWN_FIRST);
  const openIndicators = forecast.indicators.filter((i) => !i.retired);
  return (
    <div className="flex flex-col gap-4">
      {forecast.events.length === 0 ? (
        <p className="rounded border border-line bg-white p-4 text-muted">No event has been linked to this forecast&apos;s indicators yet.</p>
      ) : (
        <>
          {shown.length < newestFirst.length && (
            <p className="text-sm text-muted">
              The latest {shown.length.toLocaleString("en-GB")} of {countOf(newestFirst.length, "event")}.{" "}
              <Link href={`/forecasts/${forecast.id}?events=all#events-heading`} className="underline">Show all</Link>
            </p>
          )}
          <ol className="flex flex-col gap-3" data-testid="linked-events">
            {shown.map((e) => (
              <li key={e.id} className="rounded border border-line bg-white p-3">
                <EventSummary event={e} />
                <ul className="mt-2 text-sm">
                  {e.links.map((l) => {
                    const indicator = indicatorById.get(l.indicatorId);
                    return (
                      <li key={l.indicatorId}>
                        Bears on: <strong>{indicator?.description ?? "an indicator"}</strong> ({indicator?.direction === "against" ? "against" : "for"}{" "}
                        {forecast.scenarios.find((s) => s.id === indicator?.scenarioId)?.label ?? ""})
                        {l.note && <span className="text-muted"> — {l.note}</span>}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
      {mayLink && openIndicators.length > 0 && (
        <details className="rounded border border-line bg-white p-4">
          <summary className="cursor-pointer font-semibold">Attach an event</summary>
          <AttachEventForm forecastId={forecast.id} forecastCreatedAt={forecast.createdAt} indicators={openIndicators} scenarios={forecast.scenarios} eventChoices={eventChoices} />
        </details>
      )}
      {mayLink && openIndicators.length === 0 && <p className="text-sm text-muted">Events are attached to indicators: this forecast has none to attach to yet.</p>}
    </div>
  );
}
