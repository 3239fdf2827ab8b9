import { formatGrading } from "@/lib/format/admiralty";
import { formatDay } from "@/lib/format/dates";

interface EventFields {
  occurredAt: string | number;
  title: string;
  description: string;
  sourceUrl: string | null;
  sourceReliability: string | null;
  infoCredibility: number | null;
}

/** An event as every list shows it: when, how well sourced, what, and the source link. */
export function EventSummary({ event, asHeading = false }: { event: EventFields; asHeading?: boolean }) {
  const Title = asHeading ? "h2" : "p";
  return (
    <>
      <p className="text-sm text-muted">
        {formatDay(event.occurredAt)} · {formatGrading(event.sourceReliability, event.infoCredibility)}
      </p>
      <Title className="font-semibold">{event.title}</Title>
      {event.description && <p className="mt-1 whitespace-pre-wrap">{event.description}</p>}
      {event.sourceUrl && (
        <p className="mt-1 text-sm">
          Source:{" "}
          <a href={event.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="break-all underline">
            {event.sourceUrl}
          </a>
        </p>
      )}
    </>
  );
}
