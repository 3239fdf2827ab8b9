import type { ForecastDto, PredictionDto } from "@/lib/dto/forecast";
import type { ScaleId } from "@/lib/estimative";
import { formatDay } from "@/lib/format/dates";
import { ProbabilityText } from "./probability-text";

/**
 * What the evidence implies, then each analyst's standing probabilities, in numbers and words.
 * One row per analyst, so a forecast with fifty of them still reads down the page.
 */
export function LatestProbabilities({ forecast, latest, scale }: { forecast: ForecastDto; latest: PredictionDto[]; scale: ScaleId }) {
  const authorFirst = [...latest].sort((a, b) => Number(b.analystId === forecast.authorId) - Number(a.analystId === forecast.authorId));
  // Many scenarios are wider than a phone: the table scrolls inside its own region, which the
  // keyboard can reach and scroll too.
  return (
    <div role="region" aria-label="Where everyone stands, scrollable" tabIndex={0} className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm" data-testid="latest-probabilities">
        <caption className="sr-only">What the evidence implies and each analyst&apos;s latest probabilities, per scenario</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="p-2">Who</th>
            {forecast.scenarios.map((s) => (
              <th key={s.id} scope="col" className="p-2" data-scenario={s.label}>
                {s.label}
                {s.baseline && <span className="ml-1 rounded bg-blue-100 px-1 text-xs text-accent-dark">baseline</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-t border-line bg-paper/50">
            <th scope="row" className="p-2 font-semibold">Evidence-implied</th>
            {forecast.scenarios.map((s) => (
              <td key={s.id} className="p-2">
                <ProbabilityText value={round1(forecast.assessment.implied[s.id] ?? 0)} scale={scale} />
              </td>
            ))}
          </tr>
          {authorFirst.map((p) => (
            <tr key={p.analystId} className="border-t border-line">
              <th scope="row" className="p-2 font-semibold">
                {forecast.people[p.analystId]?.name ?? "Analyst"}
                {p.analystId === forecast.authorId ? " (author)" : ""}
                <span className="block font-normal text-muted">{formatDay(p.createdAt)}</span>
              </th>
              {forecast.scenarios.map((s) => (
                <td key={s.id} className="p-2" data-scenario={s.label}>
                  <ProbabilityText value={p.probabilities[s.id]} scale={scale} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
