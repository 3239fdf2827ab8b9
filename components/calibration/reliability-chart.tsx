"use client";
import { useRef } from "react";
import { useRouter } from "next/navigation";
import { CartesianGrid, ComposedChart, ErrorBar, LabelList, ReferenceLine, ResponsiveContainer, Scatter, XAxis, YAxis } from "recharts";
import type { CalibrationBin } from "@/lib/calibration/calibrate";
import { useUntabbableLayers } from "@/components/forecast/timeline/use-untabbable-layers";

export interface ChartSeries {
  name: string;
  color: string;
  bins: CalibrationBin[];
}

const TICK_STYLE = { fill: "#4b5563", fontSize: 12 };
const GRID_COLOR = "#d7dce3";
/** Fewer statements than this in a bin and its point is drawn faded: too few to say much. */
const FEW = 5;

interface Point {
  x: number;
  y: number;
  n: number;
  bin: number;
  error: [number, number];
}

function pointsOf(bins: CalibrationBin[]): Point[] {
  return bins.flatMap((b, bin) =>
    b.n === 0 || b.meanForecast === null || b.observedFrequency === null
      ? []
      : [{ x: b.meanForecast, y: b.observedFrequency, n: b.n, bin, error: [b.observedFrequency - (b.wilsonLow ?? b.observedFrequency), (b.wilsonHigh ?? b.observedFrequency) - b.observedFrequency] as [number, number] }],
  );
}

/**
 * SPEC §5's reliability diagram: each bin's observed frequency against its mean forecast, with
 * its 95% Wilson interval as an error bar and n beside it, on the diagonal of perfect
 * calibration; bins with fewer than five statements faded. In words mode the forecast axis is
 * labelled with the bands' words. A point opens its bin's statements (the data table below the
 * chart does the same by keyboard).
 */
export function ReliabilityChart({ series, ticks, binHref, caption }: { series: ChartSeries[]; ticks: { value: number; label: string }[]; /** The drill-down's URL with BIN where the bin's index goes. */ binHref: string; caption: string }) {
  const plotRef = useRef<HTMLDivElement>(null);
  useUntabbableLayers(plotRef);
  const router = useRouter();
  return (
    <figure aria-label={caption} data-testid="reliability-chart" className="min-w-0">
      <div ref={plotRef} className="relative w-full min-w-0 [&_svg:focus:not(:focus-visible)]:outline-none [&_g[tabindex='-1']]:outline-none" aria-hidden="true">
        <ResponsiveContainer width="100%" height={380} minWidth={0} initialDimension={{ width: 560, height: 380 }}>
          <ComposedChart margin={{ top: 16, right: 24, bottom: 48, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, 100]}
              ticks={ticks.map((t) => t.value)}
              tickFormatter={(value: number) => ticks.find((t) => t.value === value)?.label ?? `${value}%`}
              tick={{ ...TICK_STYLE, fontSize: ticks.some((t) => t.label.length > 5) ? 10 : 12 }}
              angle={ticks.some((t) => t.label.length > 5) ? -25 : 0}
              textAnchor={ticks.some((t) => t.label.length > 5) ? "end" : "middle"}
              interval={0}
              label={{ value: "what we said (mean forecast)", position: "insideBottom", offset: -40, fill: "#1c2430", fontSize: 12 }}
            />
            <YAxis type="number" dataKey="y" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tickFormatter={(v: number) => `${v}%`} tick={TICK_STYLE} width={48} label={{ value: "how often it happened", angle: -90, position: "insideLeft", offset: 10, fill: "#1c2430", fontSize: 12 }} />
            <ReferenceLine segment={[{ x: 0, y: 0 }, { x: 100, y: 100 }]} stroke="#6b7280" strokeDasharray="4 4" className="diagonal" />
            {series.map((s) => (
              <Scatter
                key={s.name}
                name={s.name}
                data={pointsOf(s.bins)}
                fill={s.color}
                isAnimationActive={false}
                className="calibration-points"
                onClick={(point: unknown) => {
                  const bin = (point as { payload?: Point }).payload?.bin;
                  if (bin !== undefined) router.push(binHref.replace("BIN", String(bin)));
                }}
                shape={(props: unknown) => {
                  const { cx, cy, payload } = props as { cx: number; cy: number; payload: Point };
                  return <circle cx={cx} cy={cy} r={6} fill={s.color} fillOpacity={payload.n < FEW ? 0.3 : 1} stroke="#fff" strokeWidth={1} style={{ cursor: "pointer" }} data-n={payload.n} />;
                }}
              >
                <ErrorBar dataKey="error" direction="y" width={6} stroke={s.color} strokeWidth={1.5} />
                <LabelList dataKey="n" position="right" formatter={(n: unknown) => `n=${n}`} style={{ fontSize: 11, fill: "#1c2430" }} />
              </Scatter>
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-sm text-muted">
        {series.map((s) => (
          <span key={s.name} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: s.color }} />
            {s.name}
          </span>
        ))}
        <span>dashed diagonal: perfect calibration · bars: 95% Wilson intervals · faded: fewer than {FEW} statements</span>
      </figcaption>
    </figure>
  );
}
