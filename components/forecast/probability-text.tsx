import { describeProbability, type ScaleId } from "@/lib/estimative";

/** A stored number with its estimative words beside it (SPEC §3); a PHIA gap is flagged, never forced into a word. */
export function ProbabilityText({ value, scale, className = "" }: { value: number; scale: ScaleId; className?: string }) {
  const described = describeProbability(value, scale);
  return (
    <span className={className}>
      <span className="font-semibold tabular-nums">{formatPercent(value)}</span>{" "}
      {described.inGap ? (
        <span className="text-contested" title="This number falls in a deliberate gap of the PHIA yardstick">
          ({described.words}; in a gap of the yardstick)
        </span>
      ) : (
        <span className="text-muted">({described.words})</span>
      )}
    </span>
  );
}

export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}
