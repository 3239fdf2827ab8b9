"use client";
import { useState, useTransition } from "react";
import { retireIndicatorAction } from "@/app/_actions/evidence";

export function RetireIndicatorButton({ forecastId, indicatorId, description }: { forecastId: string; indicatorId: string; description: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function retire() {
    if (!window.confirm(`Retire “${description}”? It stays on the board, greyed, and stops counting as evidence.`)) return;
    startTransition(async () => {
      const result = await retireIndicatorAction(forecastId, indicatorId);
      setError(result.ok ? null : result.message);
    });
  }
  return (
    <>
      <button type="button" onClick={retire} disabled={pending} className="mt-1 text-sm underline" aria-label={`Retire indicator: ${description}`}>
        {pending ? "Retiring…" : "Retire"}
      </button>
      {error && <p role="alert" className="text-sm text-overtaken">{error}</p>}
    </>
  );
}
