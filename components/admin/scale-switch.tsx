"use client";
import { useState, useTransition } from "react";
import { setScaleAction } from "@/app/_actions/admin";
import { Button } from "@/components/ui/button";

export function ScaleSwitch({ scale }: { scale: "icd203" | "phia" }) {
  const [chosen, setChosen] = useState(scale);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await setScaleAction(chosen);
          setMessage(result.ok ? "Saved: words everywhere now follow this scale." : result.message);
        });
      }}
      className="flex flex-col gap-2"
      aria-label="Estimative scale"
    >
      <p className="text-sm text-muted">Changes only the words shown beside numbers; stored probabilities never change.</p>
      <label className="flex items-center gap-2">
        <input type="radio" name="scale" checked={chosen === "icd203"} onChange={() => setChosen("icd203")} /> ICD 203 (US intelligence community)
      </label>
      <label className="flex items-center gap-2">
        <input type="radio" name="scale" checked={chosen === "phia"} onChange={() => setChosen("phia")} /> UK PHIA probability yardstick
      </label>
      <div>
        <Button type="submit" variant="secondary" busy={pending} disabled={chosen === scale}>Save scale</Button>
      </div>
      {message && <p role="status" className="text-sm">{message}</p>}
    </form>
  );
}
