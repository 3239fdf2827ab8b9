import { ProbabilityText } from "@/components/forecast/probability-text";
import type { ScaleId } from "@/lib/estimative";
import { closesIn, type Glance } from "@/lib/glance/glance";
import { Sparkline } from "./sparkline";

/** A list row's numbers at a glance: the baseline's author and team-median probabilities, 90 days of the median, the horizon. */
export function GlanceLine({ glance, baselineLabel, closesAt, now, scale }: { glance: Glance | null; baselineLabel: string; closesAt: string; now: number; scale: ScaleId }) {
  const horizon = closesIn(Date.parse(closesAt), now);
  if (glance === null) {
    return (
      <p className="mt-1 text-sm" data-testid="glance">
        <span className="text-muted">Numbers hidden until you predict</span> · {horizon}
      </p>
    );
  }
  const first = glance.sparkline.find((v) => v !== null);
  const last = glance.sparkline.at(-1);
  const trend = first === undefined || first === null || last === null || last === undefined ? "no predictions in the last 90 days" : `from ${first}% to ${last}%`;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="glance">
      <span>
        {baselineLabel}: author {glance.author === null ? "—" : <ProbabilityText value={glance.author} scale={scale} />}
      </span>
      <span>team median {glance.median === null ? "—" : <ProbabilityText value={glance.median} scale={scale} />}</span>
      <Sparkline values={glance.sparkline} label={`${baselineLabel}, team median over the last 90 days: ${trend}`} />
      <span>{horizon}</span>
    </p>
  );
}
