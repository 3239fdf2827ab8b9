import { EVENT_COLOR, SCORED_WINDOW_COLOR, SCORED_WINDOW_OPACITY } from "./palette";
import type { ChartLine } from "./series";

/** Outside the SVG, so fifty analysts wrap onto more lines instead of squeezing the plot. */
export function TimelineLegend({ lines, showEvents, showScoredWindow = false }: { lines: readonly ChartLine[]; showEvents: boolean; showScoredWindow?: boolean }) {
  return (
    <ul aria-label="Legend" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {lines.map((line) => (
        <li key={line.key} className="flex items-center gap-1.5">
          <svg aria-hidden width={24} height={10} className="shrink-0">
            <line
              x1={0}
              y1={5}
              x2={24}
              y2={5}
              stroke={line.color}
              strokeWidth={line.kind === "median" ? 4 : line.kind === "author" ? 3 : 2}
              strokeDasharray={line.kind === "implied" ? "5 3" : undefined}
            />
          </svg>
          <span className={line.kind === "author" || line.kind === "median" ? "font-semibold" : undefined}>{line.name}</span>
        </li>
      ))}
      {showEvents && (
        <li className="flex items-center gap-1.5">
          <svg aria-hidden width={12} height={10} className="shrink-0">
            <path d="M6,0 L12,10 L0,10 Z" fill={EVENT_COLOR} />
          </svg>
          <span>Event</span>
        </li>
      )}
      {showScoredWindow && (
        <li className="flex items-center gap-1.5" data-testid="legend-scored-window">
          <svg aria-hidden width={24} height={10} className="shrink-0">
            <rect x={0} y={0} width={24} height={10} fill={SCORED_WINDOW_COLOR} fillOpacity={SCORED_WINDOW_OPACITY * 2.5} stroke={SCORED_WINDOW_COLOR} strokeWidth={1} />
          </svg>
          <span>Scored window (predictions made in it count)</span>
        </li>
      )}
    </ul>
  );
}
