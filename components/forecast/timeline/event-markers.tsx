import type { FocusEvent, KeyboardEvent } from "react";
import { useChartWidth, usePlotArea, useXAxisScale } from "recharts";
import { formatGrading } from "@/lib/format/admiralty";
import { formatDay } from "@/lib/format/dates";
import { EVENT_ACTIVE_COLOR, EVENT_COLOR } from "./palette";
import type { DatedEvent } from "./series";

export interface ActiveEvent {
  id: string;
  /** Pixel position of the marker's tip inside the chart, and the chart's width, to place the tooltip. */
  x: number;
  y: number;
  chartWidth: number;
  via: "hover" | "focus";
}

interface EventMarkersProps {
  events: readonly DatedEvent[];
  activeId: string | null;
  /** The id of the event tooltip, which describes the active marker. */
  tooltipId: string;
  onShow: (active: ActiveEvent) => void;
  onHide: (via: ActiveEvent["via"] | "escape") => void;
}

const SIZE = 7;

/**
 * Events as focusable triangles on the time axis. Rendered inside the chart (recharts 3 draws any
 * child into its SVG), reading the x scale from it. Focus and key events stop here so the chart's
 * own keyboard layer does not also open the line tooltip.
 */
export function EventMarkers({ events, activeId, tooltipId, onShow, onHide }: EventMarkersProps) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const chartWidth = useChartWidth();
  if (xScale === undefined || plot === undefined || chartWidth === undefined) return null;
  const baseline = plot.y + plot.height;

  return (
    <g className="event-markers">
      {events.map(({ t, event }) => {
        const x = xScale(t);
        if (x === undefined || !Number.isFinite(x)) return null;
        const active = event.id === activeId;
        const show = (via: ActiveEvent["via"]) => onShow({ id: event.id, x, y: baseline - SIZE * 2, chartWidth, via });
        return (
          <g
            key={event.id}
            data-testid="event-marker"
            data-event-id={event.id}
            className="event-marker"
            transform={`translate(${x},${baseline})`}
            tabIndex={0}
            role="img"
            aria-describedby={active ? tooltipId : undefined}
            aria-label={`Event, ${formatDay(t)}: ${event.title}. ${formatGrading(event.sourceReliability, event.infoCredibility)}.`}
            style={{ cursor: "pointer", outline: "none" }}
            onMouseEnter={() => show("hover")}
            onMouseLeave={() => onHide("hover")}
            onFocus={(e: FocusEvent) => {
              e.stopPropagation();
              show("focus");
            }}
            onBlur={(e: FocusEvent) => {
              e.stopPropagation();
              onHide("focus");
            }}
            onKeyDown={(e: KeyboardEvent) => {
              e.stopPropagation();
              if (e.key === "Escape") onHide("escape");
            }}
          >
            {/* A wider, invisible target than the triangle itself, easier to hover. */}
            <rect x={-SIZE - 3} y={-SIZE * 2 - 4} width={SIZE * 2 + 6} height={SIZE * 2 + 6} fill="transparent" />
            {active && <circle cx={0} cy={-SIZE} r={SIZE + 4} fill="none" stroke={EVENT_ACTIVE_COLOR} strokeWidth={2} />}
            <path
              d={`M0,${-SIZE * 2} L${SIZE},0 L${-SIZE},0 Z`}
              fill={active ? EVENT_ACTIVE_COLOR : EVENT_COLOR}
              stroke="#ffffff"
              strokeWidth={1}
            />
          </g>
        );
      })}
    </g>
  );
}
