import type { Metadata } from "next";
import Link from "next/link";
import { EventSummary } from "@/components/evidence/event-summary";
import { RecordEventForm } from "@/components/evidence/record-event-form";
import { Alert } from "@/components/ui/alert";
import { codedOptions, FilterActions, FilterDate, FilterSelect, FilterText } from "@/components/ui/filter-fields";
import { PageHeader } from "@/components/ui/page-header";
import { canRecordEvent } from "@/lib/auth/policy";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from "@/lib/format/admiralty";
import { definedParams } from "@/lib/format/search-params";
import { eventListQuerySchema } from "@/lib/validation/evidence";
import { parseSearchParams } from "@/lib/validation/search-params";
import { listEvents } from "@/server/evidence/list-events";
import { runPageQuery } from "@/server/http/page-query";
import { requirePageActor } from "@/server/page-guard";

export const metadata: Metadata = { title: "Events" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | undefined>;

export default async function EventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("/events");
  const search = await searchParams;
  const { data: result, problem } = await runPageQuery(async () => await listEvents(actor, parseSearchParams(eventListQuerySchema, search)));
  const pageHref = (page: number) => `/events?${new URLSearchParams(definedParams(search, { page: String(page) }))}`;

  return (
    <>
      <PageHeader title="Events" lead="What happened, when, from which source and how reliable — and which forecasts each event bears on." />
      <form method="get" role="search" aria-label="Filter events" className="mb-6 grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-3 xl:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]">
        <FilterText label="Search" name="q" value={search.q} />
        <FilterDate label="From" name="from" value={search.from} />
        <FilterDate label="To" name="to" value={search.to} />
        <FilterSelect label="Reliability" name="reliability" value={search.reliability} options={codedOptions(RELIABILITY_LABELS)} />
        <FilterSelect label="Credibility" name="credibility" value={search.credibility} options={codedOptions(CREDIBILITY_LABELS)} />
        <FilterActions clearHref="/events" />
      </form>
      {problem && <Alert tone="error">{problem}</Alert>}
      {canRecordEvent(actor) && (
        <details className="mb-6 rounded border border-line bg-white p-4">
          <summary className="cursor-pointer font-semibold">Record an event</summary>
          <RecordEventForm />
        </details>
      )}
      {result && (
        <>
          <p className="mb-2 text-muted">{result.total} events</p>
          <ul className="flex flex-col gap-3" aria-label="Events">
            {result.events.map((e) => (
              <li key={e.id} className="rounded border border-line bg-white p-4">
                <EventSummary event={e} asHeading />
                {e.bearings.length === 0 ? (
                  <p className="mt-2 text-sm text-muted">Not linked to any forecast yet.</p>
                ) : (
                  <ul className="mt-2 text-sm">
                    {e.bearings.map((b) => (
                      <li key={b.indicatorId}>
                        Bears on <Link href={`/forecasts/${b.forecastId}`} className="underline">{b.forecastTitle}</Link>: {b.indicatorDescription} ({b.direction} “{b.scenarioLabel}”)
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <nav aria-label="Pages" className="mt-6 flex gap-4">
            {result.page > 1 && <Link href={pageHref(result.page - 1)} className="underline">Previous page</Link>}
            <span>Page {result.page} of {result.pages}</span>
            {result.page < result.pages && <Link href={pageHref(result.page + 1)} className="underline">Next page</Link>}
          </nav>
        </>
      )}
    </>
  );
}
