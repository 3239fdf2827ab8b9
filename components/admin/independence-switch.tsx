"use client";
import { useState, useTransition } from "react";
import { setIndependenceAction } from "@/app/_actions/admin";
import { Button } from "@/components/ui/button";

/** The installation's independent-first-forecast rule (SPEC §2), on by default. */
export function IndependenceSwitch({ on }: { on: boolean }) {
  const [chosen, setChosen] = useState(on);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await setIndependenceAction(chosen);
          setMessage(result.ok ? "Saved." : result.message);
        });
      }}
      className="flex flex-col gap-2"
      aria-label="Independent first forecasts"
    >
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1" checked={chosen} onChange={(e) => setChosen(e.target.checked)} />
        <span>
          Hide other analysts&apos; numbers on a forecast until an analyst has made their own first prediction on it
          <span className="block text-sm text-muted">Reviewers and managers always see everything.</span>
        </span>
      </label>
      <div>
        <Button type="submit" variant="secondary" busy={pending} disabled={chosen === on}>Save</Button>
      </div>
      {message && <p role="status" className="text-sm">{message}</p>}
    </form>
  );
}
