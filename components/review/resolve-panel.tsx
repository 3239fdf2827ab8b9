import { RefusedResolveButton, ResolveForm, type ResolveTarget } from "./resolve-form";

/**
 * Where a reviewer resolves: the form behind a "Resolve or annul" disclosure, or, for a reviewer
 * who wrote or predicted on the forecast, that button refused with the reason.
 */
export function ResolvePanel({ forecast, refusal, open = false }: { forecast: ResolveTarget; refusal: string | null; open?: boolean }) {
  if (refusal) return <RefusedResolveButton reason={refusal} />;
  return (
    <details open={open} className="rounded border border-line bg-paper p-3" data-testid="resolve-panel">
      <summary className="cursor-pointer font-semibold text-accent-dark">Resolve or annul</summary>
      <div className="mt-3">
        <ResolveForm forecast={forecast} />
      </div>
    </details>
  );
}

/** The part of a forecast the resolve form needs. */
export function resolveTargetOf(forecast: ResolveTarget): ResolveTarget {
  return {
    id: forecast.id,
    title: forecast.title,
    createdAt: forecast.createdAt,
    closesAt: forecast.closesAt,
    scenarios: forecast.scenarios.map((s) => ({ id: s.id, label: s.label, baseline: s.baseline })),
    events: forecast.events.map((e) => ({ id: e.id, title: e.title, occurredAt: e.occurredAt })),
  };
}
