"use client";
import { useEffect, useState } from "react";

/**
 * The filters' select of a long list (every scored analyst, every report: a thousand and two
 * hundred at scale), as a client component: the list travels to the browser once as data — one
 * array shared by every select that offers it — and its options are drawn in the browser once the
 * page is live. The server's HTML carries only the chosen one, instead of option elements it
 * sent twice (in the HTML and again in the RSC payload), which were most of the calibration
 * page's weight and rendering time at scale. The markup is `FilterSelect`'s.
 */
export function ChoiceSelect({ label, name, value, anyLabel, choices }: { label: string; name: string; value?: string; anyLabel: string; choices: readonly { id: string; name: string }[] }) {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const shown = live ? choices : choices.filter((c) => c.id === value);
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="w-full min-w-0 rounded border border-line px-3 py-2">
        <option value="">{anyLabel}</option>
        {shown.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
