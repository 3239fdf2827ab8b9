import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentBadge, ForecastStatusBadge } from "@/components/forecast/status-badges";
import { Alert } from "@/components/ui/alert";
import { FilterActions, FilterSelect, FilterText } from "@/components/ui/filter-fields";
import { TypeAheadField } from "@/components/ui/type-ahead-field";
import { PageHeader } from "@/components/ui/page-header";
import { canCreateForecast } from "@/lib/auth/policy";
import { formatDay } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import { definedParams, filterFormKey } from "@/lib/format/search-params";
import { FORECAST_STATUSES } from "@/lib/validation/forecast-list";
import { findTags } from "@/server/forecasts/find-tags";
import { listForecasts } from "@/server/forecasts/list-forecasts";
import { runPageQuery } from "@/server/http/page-query";
import { requirePageActor } from "@/server/page-guard";
import { WhatNeedsMe } from "@/components/inbox/what-needs-me";
import { GlanceLine } from "@/components/glance/glance-line";
import { QuickEntryForm } from "@/components/quick-entry/quick-entry-form";
import { SORTS, sortedByGlance, withGlance, type Sort } from "@/server/glance/forecast-glance";
import { currentScale } from "@/server/settings/set-scale";
import { serverNow } from "@/server/clock";
import { whatNeedsMe } from "@/server/inbox/needs-page";

export const metadata: Metadata = { title: "Forecasts" };
export const dynamic = "force-dynamic";

const POPULAR_TAGS = 8;
const PER_PAGE = 25;

const SORT_OPTIONS = [
  { value: "closing", label: "Closing soonest" },
  { value: "changed", label: "Most changed this week" },
  { value: "contested", label: "Most contested" },
];

type Search = Record<string, string | undefined>;

export default async function ForecastsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("/forecasts");
  const search = await searchParams;
  const popular = await findTags(actor, "", POPULAR_TAGS);
  const now = Date.now();
  const sort: Sort = SORTS.includes(search.sort as Sort) ? (search.sort as Sort) : "newest";
  const pageNumber = Math.max(0, Math.floor(Number(search.page ?? 0)) || 0);
  const { data: result, problem } = await runPageQuery(async () => {
    if (sort !== "newest") {
      const sorted = await sortedByGlance(actor, sort, pageNumber, PER_PAGE, now);
      return { items: sorted.items, nextCursor: null, hasMore: sorted.hasMore };
    }
    const listed = await listForecasts(actor, { ...search, limit: search.limit ?? String(PER_PAGE) }, now);
    return { items: await withGlance(actor, listed.items, now), nextCursor: listed.nextCursor, hasMore: false };
  });
  const scale = await currentScale();
  const nextHref = result?.nextCursor
    ? `/forecasts?${new URLSearchParams(definedParams(search, { cursor: result.nextCursor }))}`
    : result?.hasMore
      ? `/forecasts?${new URLSearchParams({ sort, page: String(pageNumber + 1) })}`
      : null;

  return (
    <>
      <PageHeader title="Forecasts" lead="Every tracked judgment, newest first, with whether its assessment still holds.">
        {canCreateForecast(actor) && (
          <Link href="/forecasts/new" className="rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark">
            New forecast
          </Link>
        )}
      </PageHeader>
      <div className="mb-6 flex flex-col gap-4">
        <WhatNeedsMe needs={await whatNeedsMe(actor, serverNow())} />
        {canCreateForecast(actor) && <QuickEntryForm />}
      </div>
      <form key={filterFormKey(search)} method="get" className="mb-6 grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]" role="search" aria-label="Filter forecasts">
        <FilterText label="Search" name="q" value={search.q} placeholder="Words of the title or statement" />
        <FilterSelect label="Status" name="status" value={search.status} options={FORECAST_STATUSES.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) }))} />
        <TypeAheadField label="Tag" name="tag" value={search.tag} source="tags" placeholder="Any tag" />
        <TypeAheadField label="Author" name="author" value={search.author} source="people" placeholder="Name or email" />
        <FilterSelect label="Sort" name="sort" value={sort === "newest" ? undefined : sort} anyLabel="Newest" options={SORT_OPTIONS} />
        <FilterActions clearHref="/forecasts" />
      </form>
      {popular.items.length > 0 && (
        <nav aria-label="Most used tags" className="-mt-3 mb-6 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">Most used tags:</span>
          {popular.items.map((t) => (
            <Link key={t.tag} href={`/forecasts?tag=${encodeURIComponent(t.tag)}`} className="rounded bg-white px-2 py-0.5 underline">
              #{t.tag} <span className="text-muted">{t.forecasts.toLocaleString("en-GB")}</span>
            </Link>
          ))}
        </nav>
      )}
      {problem && <Alert tone="error">{problem}</Alert>}
      {sort !== "newest" && <p className="mb-3 text-sm text-muted">Sorted {SORT_OPTIONS.find((o) => o.value === sort)?.label.toLowerCase()}; the other filters apply to the newest order.</p>}
      {result && result.items.length === 0 && <p className="rounded border border-line bg-white p-6">No forecast matches these filters.</p>}
      {result && result.items.length > 0 && (
        <ul className="flex flex-col gap-3" aria-label="Forecasts">
          {result.items.map((f) => (
            <li key={f.id} className="rounded border border-line bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <AssessmentBadge status={f.assessment.status} />
                <ForecastStatusBadge status={f.status} />
                {f.tags.map((t) => (
                  <Link key={t} href={`/forecasts?tag=${encodeURIComponent(t)}`} className="rounded bg-paper px-2 py-0.5 text-sm text-muted underline">#{t}</Link>
                ))}
              </div>
              <h2 className="mt-2 text-lg font-semibold">
                <Link href={`/forecasts/${f.id}`} className="text-accent-dark hover:underline">{f.title}</Link>
              </h2>
              <p className="text-sm text-muted">
                By {f.authorName} · created {formatDay(f.createdAt)} · closes {formatDay(f.closesAt)} · {countOf(f.scenarios.length, "scenario")}
              </p>
              <GlanceLine glance={f.glance} baselineLabel={f.scenarios.find((s) => s.baseline)?.label ?? "Baseline"} closesAt={f.closesAt} now={now} scale={scale} />
              <p className="mt-1 text-sm">{f.assessment.reason}</p>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Pages" className="mt-6 flex gap-4">
        {pageNumber > 0 && <Link href={`/forecasts?sort=${sort}`} className="underline">First page</Link>}
        {search.cursor && <Link href={`/forecasts?${new URLSearchParams(definedParams(search, { cursor: undefined }))}`} className="underline">First page</Link>}
        {nextHref && <Link href={nextHref} className="underline">Next page</Link>}
      </nav>
    </>
  );
}
