import type { Judgment } from "@/lib/estimative";

/** The report's text with every judgment sentence marked, linked to its entry in the list. Never rendered as HTML. */
export function HighlightedReport({ body, judgments }: { body: string; judgments: Judgment[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  judgments.forEach((j, index) => {
    if (j.start < cursor) return;
    parts.push(body.slice(cursor, j.start));
    parts.push(
      <mark key={index} id={`sentence-${index + 1}`} className={j.probability === null && (j.vague || j.group === "needs-number") ? "bg-amber-100" : "bg-blue-100"}>
        {body.slice(j.start, j.end)}
        <a href={`#judgment-${index + 1}`} className="ml-1 align-super text-xs text-accent-dark underline" aria-label={`Key judgment ${index + 1}`}>
          {index + 1}
        </a>
      </mark>,
    );
    cursor = j.end;
  });
  parts.push(body.slice(cursor));
  return <div className="max-h-[48rem] overflow-y-auto whitespace-pre-wrap leading-relaxed" data-testid="report-text">{parts}</div>;
}
