import Link from "next/link";
import { EventSummary } from "@/components/evidence/event-summary";
import { likelihoodWords } from "@/components/evidence/likelihood";
import { ProbabilityText } from "@/components/forecast/probability-text";
import { AssessmentBadge } from "@/components/forecast/status-badges";
import type { EventDto, IndicatorDto, ScenarioDto } from "@/lib/dto/forecast";
import type { ScaleId } from "@/lib/estimative";
import { formatDay, formatDayTime } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import type { ReviewQueueItemDto } from "@/lib/dto/review";
import { ResolvePanel, resolveTargetOf } from "./resolve-panel";

/**
 * One forecast awaiting resolution, with everything a reviewer decides on: the statement, how it
 * resolves, the scenarios with what the evidence implies, each indicator with the events linked to
 * it, and the form.
 */
export function QueueItem({ item, scale }: { item: ReviewQueueItemDto; scale: ScaleId }) {
  const { forecast, refusal } = item;
  const headingId = `queue-${forecast.id}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-4 rounded border border-line bg-white p-4" data-testid="queue-item">
      <header className="flex flex-col gap-1">
        <h2 id={headingId} className="text-lg font-semibold">
          <Link href={`/forecasts/${forecast.id}`} className="text-accent-dark hover:underline">{forecast.title}</Link>
        </h2>
        <p className="text-sm text-muted">
          By {forecast.people[forecast.authorId]?.name ?? "Unknown"} · made {formatDay(forecast.createdAt)} · closed {formatDayTime(forecast.closesAt)}
        </p>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <AssessmentBadge status={forecast.assessment.status} />
          <span>{forecast.assessment.reason}</span>
        </p>
      </header>
      <dl className="grid gap-4 md:grid-cols-2 [&>div]:min-w-0">
        <div>
          <dt className="font-semibold">Statement</dt>
          <dd className="whitespace-pre-wrap break-words">{forecast.statement}</dd>
        </div>
        <div>
          <dt className="font-semibold">Resolution criteria</dt>
          <dd className="whitespace-pre-wrap break-words">{forecast.resolutionCriteria}</dd>
        </div>
      </dl>
      <section aria-label={`Scenarios of “${forecast.title}”`}>
        <h3 className="font-semibold">Scenarios, and what the evidence implies</h3>
        <ul className="mt-1 flex flex-col gap-1">
          {forecast.scenarios.map((s) => (
            <li key={s.id}>
              {s.label}
              {s.baseline && <span className="text-muted"> (baseline)</span>}:{" "}
              {forecast.assessment.implied[s.id] === undefined ? <span className="text-muted">no prediction to start from</span> : <ProbabilityText value={forecast.assessment.implied[s.id]} scale={scale} />}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={`Indicators of “${forecast.title}”`}>
        <h3 className="font-semibold">Indicators and the events linked to them</h3>
        <IndicatorList indicators={forecast.indicators} scenarios={forecast.scenarios} events={forecast.events} />
      </section>
      <ResolvePanel forecast={resolveTargetOf(forecast)} refusal={refusal} />
    </article>
  );
}

function IndicatorList({ indicators, scenarios, events }: { indicators: IndicatorDto[]; scenarios: ScenarioDto[]; events: EventDto[] }) {
  if (indicators.length === 0) return <p className="text-sm text-muted">This forecast has no indicators.</p>;
  const labelOf = (id: string) => scenarios.find((s) => s.id === id)?.label ?? "";
  return (
    <ul className="mt-1 flex flex-col gap-2">
      {indicators.map((i) => {
        const linked = events.filter((e) => e.indicatorIds.includes(i.id));
        return (
          <li key={i.id} className={`rounded border border-line p-2 ${i.retired ? "text-muted" : ""}`} data-testid="queue-indicator">
            <p>
              {i.description}{" "}
              <span className="text-sm text-muted">
                ({i.direction} “{labelOf(i.scenarioId)}”, {likelihoodWords(i.likelihoodRatio)} ×{i.likelihoodRatio}; {statusWords(i)}{i.retired ? "; retired" : ""})
              </span>
            </p>
            {linked.length === 0 ? (
              <p className="text-sm text-muted">No event linked.</p>
            ) : (
              <ul className="mt-1 flex flex-col gap-1 border-l-4 border-line pl-3" aria-label={`${countOf(linked.length, "event")} linked`}>
                {linked.map((e) => (
                  <li key={e.id}>
                    <EventSummary event={e} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function statusWords(i: IndicatorDto): string {
  if (i.status === "observed") return `observed ${i.observedAt ? formatDay(i.observedAt) : ""}`.trim();
  if (i.status === "overdue") return `overdue, expected by ${i.expectedBy ? formatDay(i.expectedBy) : "?"}`;
  return i.expectedBy ? `pending, expected by ${formatDay(i.expectedBy)}` : "pending";
}
