"use client";
import { useId, useState, useTransition } from "react";
import { retireIndicatorAction } from "@/app/_actions/evidence";

/** Retires one indicator after a confirmation; a refusal is said beside the button (and read with it). */
export function RetireIndicatorButton({ forecastId, indicatorId, description }: { forecastId: string; indicatorId: string; description: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  function retire() {
    if (!window.confirm(`Retire “${description}”? It stays on the board, greyed, and stops counting as evidence.`)) return;
    setError(null);
    startTransition(async () => {
      const result = await retireIndicatorAction(forecastId, indicatorId);
      setError(result.ok ? null : `Not retired: ${result.message}`);
    });
  }
  return (
    <>
      <button
        type="button"
        onClick={retire}
        disabled={pending}
        className="mt-1 text-sm underline"
        aria-label={`Retire indicator: ${description}`}
        aria-describedby={error ? errorId : undefined}
      >
        {pending ? "Retiring…" : "Retire"}
      </button>
      {error && (
        <p id={errorId} role="alert" className="text-sm font-semibold text-overtaken">
          {error}
        </p>
      )}
    </>
  );
}
