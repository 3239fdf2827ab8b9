"use client";

import { useEffect, useId, useRef, useState } from "react";

const DELAY_MS = 200;

/**
 * A text field of a GET filter form whose suggestions come from `source?q=<typed text>` as one
 * types (`{items: [{id, name}]}`), shown through the browser's own accessible `<datalist>`. The
 * form sends the text, so the page works without scripts too; only the suggestions need them.
 */
export function TypeAheadField({ label, name, value, source, placeholder }: { label: string; name: string; value?: string; source: string; placeholder?: string }) {
  const listId = useId();
  const [text, setText] = useState(value ?? "");
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    const typed = text.trim();
    if (typed.length === 0) return setSuggestions([]);
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${source}?q=${encodeURIComponent(typed)}`, { headers: { accept: "application/json" } });
        if (!response.ok || request !== latest.current) return;
        const body = (await response.json()) as { items: { name: string }[] };
        setSuggestions([...new Set(body.items.map((item) => item.name))]);
      } catch {
        // Suggestions are a convenience: the filter still works on the typed text.
      }
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, source]);

  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <input
        name={name}
        value={text}
        onChange={(event) => setText(event.target.value)}
        list={listId}
        autoComplete="off"
        placeholder={placeholder}
        className="w-full min-w-0 rounded border border-line px-3 py-2"
      />
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
    </label>
  );
}
