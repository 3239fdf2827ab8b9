import type { ForecastDto, IndicatorDto } from "@/lib/dto/forecast";
import { formatDay } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import { AddIndicatorForm } from "./add-indicator-form";
import { likelihoodWords } from "./likelihood";
import { RetireIndicatorButton } from "./retire-indicator-button";

/** Signposts grouped by the scenario they bear on: pending, observed (with the date) or overdue. */
export function IndicatorBoard({ forecast, mayAdd }: { forecast: ForecastDto; mayAdd: boolean }) {
  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-4 md:grid-cols-2" data-testid="indicator-board">
        {forecast.scenarios.map((s) => {
          const indicators = forecast.indicators.filter((i) => i.scenarioId === s.id);
          return (
            <section key={s.id} aria-label={`Indicators for ${s.label}`} className="rounded border border-line bg-white p-3">
              <h3 className="font-semibold">
                {s.label}
                {s.baseline && <span className="ml-1 rounded bg-blue-100 px-1 text-xs text-accent-dark">baseline</span>}
              </h3>
              {indicators.length === 0 ? (
                <p className="text-sm text-muted">No indicators yet.</p>
              ) : (
                <ul className="mt-2 flex flex-col gap-2">
                  {indicators.map((i) => (
                    <IndicatorItem key={i.id} indicator={i} forecastId={forecast.id} mayRetire={mayAdd} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {mayAdd && (
        <details className="rounded border border-line bg-white p-4">
          <summary className="cursor-pointer font-semibold">Add an indicator</summary>
          <AddIndicatorForm forecastId={forecast.id} forecastCreatedAt={forecast.createdAt} scenarios={forecast.scenarios} />
        </details>
      )}
    </div>
  );
}

function IndicatorItem({ indicator: i, forecastId, mayRetire }: { indicator: IndicatorDto; forecastId: string; mayRetire: boolean }) {
  return (
    <li className={`rounded border border-line p-2 ${i.retired ? "bg-gray-50 text-muted" : ""}`} data-testid="indicator" data-status={i.status}>
      <p className={i.retired ? "line-through" : ""}>{i.description}</p>
      <p className="mt-1 flex flex-wrap gap-2 text-sm">
        <span className={`rounded px-1 font-semibold ${i.direction === "for" ? "bg-green-100 text-holding" : "bg-red-100 text-overtaken"}`}>
          {i.direction === "for" ? "For" : "Against"}
        </span>
        <span>
          {likelihoodWords(i.likelihoodRatio)} (×{i.likelihoodRatio})
        </span>
        <IndicatorStatus indicator={i} />
        {i.linkCount > 0 && <span className="text-muted">{countOf(i.linkCount, "event")} linked</span>}
        {i.retired && <span className="font-semibold">Retired {i.retiredAt ? formatDay(i.retiredAt) : ""}: no longer counted</span>}
      </p>
      {mayRetire && !i.retired && <RetireIndicatorButton forecastId={forecastId} indicatorId={i.id} description={i.description} />}
    </li>
  );
}

function IndicatorStatus({ indicator: i }: { indicator: IndicatorDto }) {
  if (i.status === "observed") return <span className="font-semibold text-holding">Observed {i.observedAt ? formatDay(i.observedAt) : ""}</span>;
  if (i.status === "overdue") return <span className="font-semibold text-contested">Overdue (expected by {i.expectedBy ? formatDay(i.expectedBy) : "?"})</span>;
  return <span>Pending{i.expectedBy ? `, expected by ${formatDay(i.expectedBy)}` : ""}</span>;
}
