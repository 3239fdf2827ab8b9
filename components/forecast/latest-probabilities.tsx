import type { ForecastDto, PredictionDto } from "@/lib/dto/forecast";
import type { ScaleId } from "@/lib/estimative";
import { formatDay } from "@/lib/format/dates";
import { ProbabilityText } from "./probability-text";

/** One row per scenario: what the evidence implies, then each analyst's standing probability in numbers and words. */
export function LatestProbabilities({ forecast, latest, scale }: { forecast: ForecastDto; latest: PredictionDto[]; scale: ScaleId }) {
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm" data-testid="latest-probabilities">
        <caption className="sr-only">Each analyst&apos;s latest probabilities per scenario, and what the evidence implies</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="p-2">Scenario</th>
            <th scope="col" className="p-2">Evidence-implied</th>
            {latest.map((p) => (
              <th key={p.analystId} scope="col" className="p-2">
                {forecast.people[p.analystId]?.name ?? "Analyst"}
                {p.analystId === forecast.authorId ? " (author)" : ""}
                <span className="block font-normal text-muted">{formatDay(p.createdAt)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {forecast.scenarios.map((s) => (
            <tr key={s.id} className="border-t border-line">
              <th scope="row" className="p-2 font-semibold">
                {s.label}
                {s.baseline && <span className="ml-1 rounded bg-blue-100 px-1 text-xs text-accent-dark">baseline</span>}
              </th>
              <td className="p-2">
                <ProbabilityText value={round1(forecast.assessment.implied[s.id] ?? 0)} scale={scale} />
              </td>
              {latest.map((p) => (
                <td key={p.analystId} className="p-2">
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
