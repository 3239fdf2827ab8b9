"use client";
import { useId, type Ref } from "react";
import { countOf } from "@/lib/format/plural";

export interface SummaryItem {
  field: string;
  /** The field's label; empty for a problem with the whole form. */
  label: string;
  message: string;
}

/**
 * The top of a form after a refused submit: how many fields need attention and what each needs,
 * each a button that moves focus to its field. Focus lands here, so it is read out first.
 */
export function ErrorSummary({ items, onSelect, ref }: { items: SummaryItem[]; onSelect: (field: string) => void; ref?: Ref<HTMLDivElement> }) {
  const headingId = useId();
  const fields = items.filter((item) => item.label !== "").length;
  const heading = fields > 0 ? `${countOf(fields, "field")} ${fields === 1 ? "needs" : "need"} attention` : "This could not be saved";
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby={headingId} className="rounded border-l-4 border-overtaken bg-red-50 px-4 py-3 text-overtaken focus:outline-2" data-testid="error-summary">
      <h2 id={headingId} className="font-semibold">{heading}</h2>
      <ul className="mt-1 list-disc pl-5">
        {items.map((item) => (
          <li key={item.field}>
            {item.label ? (
              <button type="button" className="text-left underline" onClick={() => onSelect(item.field)}>
                {item.label}: {lowerFirst(item.message)}
              </button>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Horizon: enter the day…": the message continues the label's sentence. Quotes and numbers stay as they are. */
function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}
