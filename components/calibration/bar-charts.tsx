"use client";
import { useRef } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { useUntabbableLayers } from "@/components/forecast/timeline/use-untabbable-layers";

const TICK_STYLE = { fill: "#4b5563", fontSize: 11 };

/** Sharpness: how many statements fell in each bin (a sharp forecaster uses the extremes). */
export function SharpnessChart({ bins }: { bins: { label: string; n: number }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useUntabbableLayers(ref);
  return (
    <div ref={ref} aria-hidden="true" data-testid="sharpness-chart" className="w-full min-w-0">
      <ResponsiveContainer width="100%" height={220} minWidth={0} initialDimension={{ width: 400, height: 220 }}>
        <BarChart data={bins} margin={{ top: 8, right: 8, bottom: 40, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d7dce3" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={TICK_STYLE} interval={0} angle={-25} textAnchor="end" />
          <YAxis allowDecimals={false} tick={TICK_STYLE} width={48} />
          <Bar dataKey="n" name="statements" fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Mean (p − o)² and reliability by quarter of the outcome. */
export function TrendChart({ points }: { points: { quarter: string; brier: number | null; reliability: number | null }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useUntabbableLayers(ref);
  return (
    <div ref={ref} aria-hidden="true" data-testid="trend-chart" className="w-full min-w-0">
      <ResponsiveContainer width="100%" height={220} minWidth={0} initialDimension={{ width: 400, height: 220 }}>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d7dce3" strokeDasharray="3 3" />
          <XAxis dataKey="quarter" tick={TICK_STYLE} />
          <YAxis tick={TICK_STYLE} width={48} domain={[0, "auto"]} />
          <Legend />
          <Line dataKey="brier" name="mean Brier (p − o)²" stroke="#1d4ed8" strokeWidth={2} isAnimationActive={false} connectNulls />
          <Line dataKey="reliability" name="reliability (REL)" stroke="#b45309" strokeWidth={2} strokeDasharray="5 3" isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
