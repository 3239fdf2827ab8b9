"use client";

import { useEffect, useId, useRef, useState } from "react";
import { countOf } from "@/lib/format/plural";

const DELAY_MS = 200;

/** Where suggestions come from, and how each answer item reads in the list. */
const SOURCES = {
  people: { url: "/api/v1/people", option: (item: { name: string }) => ({ value: item.name, label: item.name }) },
  tags: { url: "/api/v1/tags", option: (item: { tag: string; forecasts: number }) => ({ value: item.tag, label: `${item.tag} · ${countOf(item.forecasts, "forecast")}` }) },
} as const;

type SuggestionItem = { name: string } & { tag: string; forecasts: number };

/**
 * A text field of a GET filter form whose suggestions come from the API as one types, shown
 * through the browser's own accessible `<datalist>`. The form sends the text, so the page works
 * without scripts too; only the suggestions need them.
 */
export function TypeAheadField({ label, name, value, source, placeholder }: { label: string; name: string; value?: string; source: keyof typeof SOURCES; placeholder?: string }) {
  const listId = useId();
  const [text, setText] = useState(value ?? "");
  const [suggestions, setSuggestions] = useState<{ value: string; label: string }[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    const typed = text.trim();
    if (typed.length === 0) return setSuggestions([]);
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const { url, option } = SOURCES[source];
        const response = await fetch(`${url}?q=${encodeURIComponent(typed)}`, { headers: { accept: "application/json" } });
        if (!response.ok || request !== latest.current) return;
        const body = (await response.json()) as { items: SuggestionItem[] };
        const options = body.items.map((item) => option(item));
        setSuggestions(options.filter((o, i) => options.findIndex((other) => other.value === o.value) === i));
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
          <option key={suggestion.value} value={suggestion.value} label={suggestion.label} />
        ))}
      </datalist>
    </label>
  );
}
