"use client";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { normaliseToHundred, remainderOf } from "@/lib/estimative/complete";
import { sumsToHundred } from "@/lib/validation/probabilities";
import type { ProbabilityReading } from "./probability-reading";

interface ProbabilityTotalProps {
  readings: ProbabilityReading[];
  /** Each box's scenario, to name where "fill the rest" puts it. */
  labels: string[];
  error?: string;
  onFill: (index: number, value: string) => void;
  onNormalise: (values: string[]) => void;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The running total, always in view, with the two shortcuts that make it 100: "fill the rest"
 * when one box is left empty (No = 100 − Yes), "normalise" when every box holds a number but the
 * total is off.
 */
export function ProbabilityTotal({ readings, labels, error, onFill, onNormalise }: ProbabilityTotalProps) {
  const errorId = useId();
  const values = readings.map((r) => (r.kind === "value" ? r.value : null));
  const numbers = values.filter((v): v is number => v !== null);
  const total = round(numbers.reduce((a, b) => a + b, 0));
  const complete = numbers.length === readings.length;
  const rest = readings.some((r) => r.kind === "problem") ? null : remainderOf(values);
  const normalised = complete && !sumsToHundred(numbers) ? normaliseToHundred(numbers) : null;
  const status = complete && sumsToHundred(numbers) ? "" : total < 100 ? ` — ${round(100 - total)}% left to place` : total > 100 ? ` — ${round(total - 100)}% too much` : "";
  return (
    <div className="mt-3 flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <p className={error ? "font-semibold text-overtaken" : "text-muted"} aria-live="polite" aria-describedby={error ? errorId : undefined} data-testid="probability-total">
          Total: <span className="tabular-nums">{total}%</span> of 100%{status}
        </p>
        {rest && (
          <Button type="button" variant="secondary" onClick={() => onFill(rest.index, String(rest.value))}>
            Fill the rest: {rest.value}% to “{labels[rest.index] || `scenario ${rest.index + 1}`}”
          </Button>
        )}
        {normalised && (
          <Button type="button" variant="secondary" onClick={() => onNormalise(normalised.map(String))}>
            Normalise to 100% ({normalised.join(" + ")})
          </Button>
        )}
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-sm font-semibold text-overtaken">
          {error}
        </p>
      )}
    </div>
  );
}
