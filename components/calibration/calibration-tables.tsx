import Link from "next/link";
import { describeProbability, type ScaleId } from "@/lib/estimative/scales";
import { toIso } from "@/lib/format/dates";
import type { CalibrationStatementView } from "@/server/calibration/calibration-statements";
import type { CalibrationSeries } from "@/server/calibration/calibration-page";
import type { QuarterPoint } from "@/lib/calibration/trend";

const pct = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)}%`);

/**
 * The reliability diagram's data as a table: every bin's count, mean forecast, observed
 * frequency and Wilson interval, and a link to its statements — what a screen reader or a
 * keyboard reaches instead of the chart's points.
 */
export function BinTable({ series, words, binHref }: { series: CalibrationSeries[]; words: boolean; binHref: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 w-full text-left text-sm" data-testid="bin-table">
        <caption className="sr-only">Statements by {words ? "estimative words" : "tens of percent"}: what was said, how often it happened, and the 95% interval</caption>
        <thead>
          <tr className="border-b border-line">
            {series.length > 1 && <th scope="col">who</th>}
            <th scope="col">{words ? "words" : "said"}</th>
            <th scope="col">statements</th>
            <th scope="col">mean forecast</th>
            <th scope="col">happened</th>
            <th scope="col">95% interval</th>
            <th scope="col">
              <span className="sr-only">statements in the group</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {series.flatMap((s, si) =>
            s.calibration.bins.map((b, i) => (
              <tr key={`${si}-${i}`} className="border-b border-line/60">
                {series.length > 1 && <td>{s.name}</td>}
                <th scope="row" className="font-normal">
                  {b.label}
                </th>
                <td>{b.n.toLocaleString("en-GB")}</td>
                <td>{pct(b.meanForecast)}</td>
                <td>{pct(b.observedFrequency)}</td>
                <td>{b.wilsonLow === null ? "—" : `${b.wilsonLow.toFixed(1)}–${b.wilsonHigh!.toFixed(1)}%`}</td>
                <td>
                  {si === 0 && b.n > 0 && (
                    <Link className="underline" href={binHref.replace("BIN", String(i))} aria-label={`List the ${b.n === 1 ? "statement" : `${b.n} statements`} in ${b.label}`}>
                      List
                    </Link>
                  )}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

export function TrendTable({ points }: { points: QuarterPoint[] }) {
  return (
    <table className="mt-2 w-full text-left text-sm" data-testid="trend-table">
      <caption className="sr-only">Mean Brier and reliability by quarter in which the outcome became known</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col">quarter</th>
          <th scope="col">statements</th>
          <th scope="col">mean Brier</th>
          <th scope="col">reliability</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.quarter} className="border-b border-line/60">
            <th scope="row" className="font-normal">
              {p.quarter}
            </th>
            <td>{p.n.toLocaleString("en-GB")}</td>
            <td>{p.brier === null ? "—" : p.brier.toFixed(3)}</td>
            <td>{p.reliability === null ? "—" : p.reliability.toFixed(3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A bin's statements: which judgments made the group hit or miss. */
export function StatementTable({ items, scale }: { items: CalibrationStatementView[]; scale: ScaleId }) {
  if (items.length === 0) return <p>No statement of yours falls in this group.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">The statements in this group, the most recent outcome first</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col">forecast</th>
            <th scope="col">scenario</th>
            <th scope="col">analyst</th>
            <th scope="col">said</th>
            <th scope="col">outcome</th>
            <th scope="col">known</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={`${s.forecastId}-${s.analystId}-${s.scenarioId}`} className="border-b border-line/60">
              <td>
                <Link className="underline" href={`/forecasts/${s.forecastId}`}>
                  {s.title}
                </Link>
              </td>
              <td>{s.scenarioLabel}</td>
              <td>{s.analystName}</td>
              <td>
                {s.probability}% ({describeProbability(s.probability, scale).words})
              </td>
              <td>{s.outcome === 1 ? "happened" : "did not happen"}</td>
              <td>{toIso(s.outcomeKnownAt).slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
