import type { Metadata } from "next";
import Link from "next/link";
import { EventSummary } from "@/components/evidence/event-summary";
import { RecordEventForm } from "@/components/evidence/record-event-form";
import { Alert } from "@/components/ui/alert";
import { FilterActions, FilterDate, FilterSelect, FilterText } from "@/components/ui/filter-fields";
import { PageHeader } from "@/components/ui/page-header";
import { canRecordEvent } from "@/lib/auth/policy";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from "@/lib/format/admiralty";
import { describeFilterProblem } from "@/lib/format/filter-problem";
import { definedParams, filterFormKey } from "@/lib/format/search-params";
import { eventListQuerySchema } from "@/lib/validation/event-list";
import { fieldIssues } from "@/lib/validation/issues";
import { listEvents } from "@/server/evidence/list-events";
import { runPageQuery } from "@/server/http/page-query";
import { requirePageActor } from "@/server/page-guard";

export const metadata: Metadata = { title: "Events" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = "25";
const FILTER_LABELS = { q: "Search", from: "From", to: "To", reliability: "Source", credibility: "Information", cursor: "Page" };

type Search = Record<string, string | undefined>;

export default async function EventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("/events");
  const search = await searchParams;
  const parsed = eventListQuerySchema.safeParse({ ...definedParams(search), limit: PAGE_SIZE });
  const filterProblem = parsed.success ? null : describeFilterProblem(fieldIssues(parsed.error), FILTER_LABELS);
  const { data: result, problem } = parsed.success ? await runPageQuery(async () => await listEvents(actor, parsed.data)) : { data: null, problem: filterProblem };
  const nextHref = result?.nextCursor ? `/events?${new URLSearchParams(definedParams(search, { cursor: result.nextCursor }))}` : null;

  return (
    <>
      <PageHeader title="Events" lead="What happened, when, from which source and how reliable — and which forecasts each event bears on." />
      <form key={filterFormKey(search)} method="get" role="search" aria-label="Filter events" className="mb-6 grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-3 xl:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]">
        <FilterText label="Search" name="q" value={search.q} placeholder="Words of the title or description" />
        <FilterDate label="From" name="from" value={search.from} />
        <FilterDate label="To" name="to" value={search.to} />
        <FilterSelect label="Source" name="reliability" value={search.reliability} anyLabel="Any source" options={orBetterOptions(RELIABILITY_LABELS)} />
        <FilterSelect label="Information" name="credibility" value={search.credibility} anyLabel="Any information" options={orBetterOptions(CREDIBILITY_LABELS)} />
        <FilterActions clearHref="/events" />
      </form>
      {problem && <Alert tone="error">{problem}</Alert>}
      {canRecordEvent(actor) && (
        <details className="mb-6 rounded border border-line bg-white p-4">
          <summary className="cursor-pointer font-semibold">Record an event</summary>
          <RecordEventForm />
        </details>
      )}
      {result && result.items.length === 0 && <p className="rounded border border-line bg-white p-6">No event matches these filters.</p>}
      {result && result.items.length > 0 && (
        <ul className="flex flex-col gap-3" aria-label="Events">
          {result.items.map((e) => (
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
      )}
      <nav aria-label="Pages" className="mt-6 flex gap-4">
        {search.cursor && <Link href={`/events?${new URLSearchParams(definedParams(search, { cursor: undefined }))}`} className="underline">Newest events</Link>}
        {nextHref && <Link href={nextHref} className="underline">Older events</Link>}
      </nav>
    </>
  );
}

/** Admiralty grades run best first, so each choice keeps its grade and the better ones: "B or better". */
function orBetterOptions(labels: Readonly<Record<string, string>>): { value: string; label: string }[] {
  const codes = Object.keys(labels);
  return codes.map((code, index) => ({ value: code, label: index === 0 ? `${code} — ${labels[code]} only` : `${code} or better (${codes.slice(0, index + 1).join(", ")})` }));
}
