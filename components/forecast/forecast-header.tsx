import Link from "next/link";
import type { ForecastDto } from "@/lib/dto/forecast";
import { formatDay, formatDayTime } from "@/lib/format/dates";
import { AssessmentBadge, ForecastStatusBadge } from "./status-badges";

/** "closes 31 Oct 2021" while open; once resolved, the horizon may still be ahead (an early resolution). */
const HORIZON_WORD = { open: "closes", closed: "closed", resolved: "horizon", annulled: "horizon" } as const;
const CONFIDENCE = { low: "Low", moderate: "Moderate", high: "High" } as const;

export function ForecastHeader({ forecast }: { forecast: ForecastDto }) {
  const author = forecast.people[forecast.authorId]?.name ?? "Unknown";
  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <AssessmentBadge status={forecast.assessment.status} />
        <ForecastStatusBadge status={forecast.status} />
        {forecast.confidence && <span className="rounded border border-line bg-white px-2 py-0.5 text-sm">{CONFIDENCE[forecast.confidence]} confidence</span>}
        {forecast.tags.map((t) => (
          <Link key={t} href={`/forecasts?tag=${encodeURIComponent(t)}`} className="rounded bg-white px-2 py-0.5 text-sm text-muted underline">#{t}</Link>
        ))}
      </div>
      <h1 className="text-2xl font-bold break-words">{forecast.title}</h1>
      <p className="text-sm text-muted">
        By {author} · created {formatDayTime(forecast.createdAt)} · {HORIZON_WORD[forecast.status]} {formatDay(forecast.closesAt)}
        {forecast.reportId && (
          <>
            {" · "}
            <Link href={`/reports/${forecast.reportId}`} className="underline">from a report</Link>
          </>
        )}
      </p>
      <p className="rounded border-l-4 border-accent bg-white px-4 py-3" data-testid="assessment-reason">
        <strong>Assessment: </strong>
        {forecast.assessment.reason}
      </p>
      <dl className="grid gap-4 md:grid-cols-2 [&>div]:min-w-0">
        <div>
          <dt className="font-semibold">Statement</dt>
          <dd className="whitespace-pre-wrap break-words">{forecast.statement}</dd>
        </div>
        <div>
          <dt className="font-semibold">Resolution criteria</dt>
          <dd className="whitespace-pre-wrap break-words">{forecast.resolutionCriteria}</dd>
        </div>
        {forecast.excerpt && (
          <div className="md:col-span-2">
            <dt className="font-semibold">From the report</dt>
            <dd>
              <blockquote className="border-l-4 border-line pl-3 italic">{forecast.excerpt}</blockquote>
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
