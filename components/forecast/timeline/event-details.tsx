import type { EventDto, IndicatorDto, ScenarioDto } from "@/lib/dto/forecast";
import { formatGrading } from "@/lib/format/admiralty";
import { formatDay } from "@/lib/format/dates";

interface EventDetailsProps {
  event: EventDto;
  indicators: ReadonlyMap<string, IndicatorDto>;
  scenarios: ReadonlyMap<string, ScenarioDto>;
  /** Leave the date out where it is already shown, as in a row of the data table. */
  withDate?: boolean;
}

/** What the tooltip of an event marker says: title, date, source grading and the indicators it bears on. */
export function EventDetails({ event, indicators, scenarios, withDate = true }: EventDetailsProps) {
  // Events are shared between forecasts: only this forecast's indicators can be named here.
  const linked = event.indicatorIds.flatMap((id) => {
    const indicator = indicators.get(id);
    return indicator ? [indicator] : [];
  });
  return (
    <>
      <p className="font-semibold">{event.title}</p>
      <p className="text-muted">
        {withDate && `${formatDay(event.occurredAt)} · `}
        {formatGrading(event.sourceReliability, event.infoCredibility)}
      </p>
      {linked.length > 0 ? (
        <ul className="mt-1 list-disc pl-4">
          {linked.map((indicator) => (
            <li key={indicator.id}>
              {indicator.description}{" "}
              <span className="text-muted">
                ({indicator.direction} {scenarios.get(indicator.scenarioId)?.label ?? "another scenario"})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-muted">Linked to no indicator of this forecast.</p>
      )}
    </>
  );
}
