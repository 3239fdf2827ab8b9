import { useState } from "react";
import type { IndicatorDto, ScenarioDto } from "@/lib/dto/forecast";
import { EventDetails } from "./event-details";
import { formatPointDate, formatValue, type ChartLine, type TableRow } from "./series";

interface DataTableProps {
  rows: readonly TableRow[];
  lines: readonly ChartLine[];
  scenarioLabel: string;
  indicators: ReadonlyMap<string, IndicatorDto>;
  scenarios: ReadonlyMap<string, ScenarioDto>;
}

/**
 * The chart as a table, for screen-reader and keyboard users: one row per change and per event.
 * Its body renders only once opened: fifty analysts by hundreds of changes is a lot of DOM to keep hidden.
 */
export function TimelineDataTable({ rows, lines, scenarioLabel, indicators, scenarios }: DataTableProps) {
  const [open, setOpen] = useState(false);
  const caption = `Probability of “${scenarioLabel}” at each change, with the events of that moment`;
  return (
    <details className="mt-3" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold text-accent">Data table</summary>
      {open &&
        (rows.length === 0 ? (
          <p className="mt-2 text-sm text-muted">Nothing to show yet: no predictions and no events.</p>
        ) : (
          <div role="region" aria-label={caption} tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded border border-line">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">{caption}</caption>
              <thead className="sticky top-0 bg-paper">
                <tr>
                  <th scope="col" className="px-2 py-1 whitespace-nowrap">
                    Date (UTC)
                  </th>
                  {lines.map((line) => (
                    <th key={line.key} scope="col" className="px-2 py-1 text-right">
                      {line.name}
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-1">
                    Events
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.t} className="border-t border-line align-top">
                    <th scope="row" className="px-2 py-1 font-normal whitespace-nowrap">
                      {formatPointDate(row.t)}
                    </th>
                    {row.values.map((value, index) => (
                      <td key={lines[index].key} className="px-2 py-1 text-right tabular-nums">
                        {formatValue(value)}
                      </td>
                    ))}
                    <td className="min-w-64 px-2 py-1">
                      {row.events.map((event) => (
                        <div key={event.id} className="not-first:mt-2">
                          <EventDetails event={event} indicators={indicators} scenarios={scenarios} withDate={false} />
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </details>
  );
}
