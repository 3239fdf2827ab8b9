import type { TooltipContentProps } from "recharts";
import { formatPointDate, formatValue, type ChartLine, type ChartRow } from "./series";

/** Lines per column before the tooltip widens instead of growing past the chart's height. */
const ROWS_PER_COLUMN = 17;

type LineTooltipProps = Pick<TooltipContentProps, "active" | "payload"> & { lines: readonly ChartLine[] };

/** The date and every line's value there, in legend order; lines without a prediction yet are left out. */
export function LineTooltip({ active, payload, lines }: LineTooltipProps) {
  const row = payload[0]?.payload as ChartRow | undefined;
  if (!active || row === undefined) return null;
  const shown = lines.filter((line) => row[line.key] !== null);
  return (
    <div className="rounded border border-line bg-white px-3 py-2 text-sm text-ink shadow-md">
      <p className="font-semibold">{formatPointDate(row.t)}</p>
      <ul className="mt-1 gap-x-4" style={{ columnCount: Math.ceil(shown.length / ROWS_PER_COLUMN) || 1 }}>
        {shown.map((line) => (
          <li key={line.key} className="flex items-baseline gap-2 break-inside-avoid">
            <span aria-hidden className="inline-block h-0.5 w-3 shrink-0 self-center" style={{ backgroundColor: line.color }} />
            <span className={line.kind === "author" ? "font-semibold" : undefined}>{line.name}</span>
            <span className="ml-auto pl-2 tabular-nums">{formatValue(row[line.key])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
