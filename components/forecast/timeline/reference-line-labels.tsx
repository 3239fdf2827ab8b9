import { usePlotArea, useXAxisScale } from "recharts";
import { estimatedWidth, placeLabels } from "./reference-labels";

export interface ReferenceMark {
  /** Also the label's class, `${key}-label`, for tests and styles. */
  key: string;
  text: string;
  t: number;
  color: string;
}

/** Baseline of the labels above the plot: clear of the top grid line and of the "100%" tick beside it. */
const ABOVE_PLOT = 8;
const FONT_SIZE = 12;

/**
 * The names of the reference lines, drawn in the strip above the plot (the chart's top margin)
 * where `placeLabels` puts them; a label pushed off its line gets a short leader to it. Rendered
 * inside the chart, reading its x scale, like the event markers.
 */
export function ReferenceLineLabels({ marks }: { marks: readonly ReferenceMark[] }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (xScale === undefined || plot === undefined) return null;

  const requests = marks.flatMap((mark) => {
    const x = xScale(mark.t);
    return x === undefined || !Number.isFinite(x) ? [] : [{ key: mark.key, x, width: estimatedWidth(mark.text) }];
  });
  const placed = placeLabels(requests, plot.x, plot.x + plot.width);
  const markOf = new Map(marks.map((m) => [m.key, m]));
  const baseline = plot.y - ABOVE_PLOT;

  return (
    <g className="reference-line-labels">
      {placed.map(({ key, x, left, width }) => {
        const { text, color } = markOf.get(key)!;
        const centre = left + width / 2;
        return (
          <g key={key}>
            {Math.abs(centre - x) > 2 && <line x1={centre} y1={baseline + 2} x2={x} y2={plot.y} stroke={color} strokeWidth={1} />}
            <text x={centre} y={baseline} textAnchor="middle" fill={color} fontSize={FONT_SIZE} className={`reference-label ${key}-label`}>
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
