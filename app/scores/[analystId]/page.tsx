import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { RecordTable } from "@/components/scores/record-table";
import { RelativeScore } from "@/components/scores/score-cells";
import { SCORE_FILTER_LABELS, ScoreFilterForm } from "@/components/scores/score-filter-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import type { AnalystRecordDto } from "@/lib/dto/scores";
import { describeFilterProblem } from "@/lib/format/filter-problem";
import { countOf } from "@/lib/format/plural";
import { SCORE_MEANINGS, formatScore } from "@/lib/format/scores";
import { definedParams } from "@/lib/format/search-params";
import { fieldIssues } from "@/lib/validation/issues";
import { scoreFilterSchema } from "@/lib/validation/score-filters";
import { runPageQuery } from "@/server/http/page-query";
import { requirePageActor } from "@/server/page-guard";
import { analystRecord } from "@/server/scores/analyst-record";
import { scoreFilterChoices } from "@/server/scores/score-filter-choices";

export const dynamic = "force-dynamic";

type Search = Record<string, string | undefined>;
type Params = { params: Promise<{ analystId: string }>; searchParams: Promise<Search> };

/**
 * The record for this request, read once for the title and the page (React's cache keys on the
 * arguments, hence the query as a string). A bad filter is a message on the page, not a query.
 */
const recordFor = cache(async (analystId: string, query: string) => {
  const search = Object.fromEntries(new URLSearchParams(query));
  const actor = await requirePageActor(`/scores/${analystId}`);
  const filters = scoreFilterSchema.safeParse(definedParams(search, { analystId: undefined }));
  if (!filters.success) return { actor, data: null, problem: describeFilterProblem(fieldIssues(filters.error), SCORE_FILTER_LABELS) };
  return { actor, ...(await runPageQuery(async () => await analystRecord(actor, analystId, filters.data, { cursor: search.cursor }))) };
});

export async function generateMetadata({ params, searchParams }: Params): Promise<Metadata> {
  const { analystId } = await params;
  const { data } = await recordFor(analystId, new URLSearchParams(definedParams(await searchParams)).toString());
  return { title: data ? `Scores of ${data.analyst.name}` : "Analyst's scores" };
}

/** One analyst's record forecast by forecast: reviewers and managers read anyone's, an analyst only their own (else 403). */
export default async function AnalystScoresPage({ params, searchParams }: Params) {
  const { analystId } = await params;
  const search = await searchParams;
  const { actor, data: record, problem } = await recordFor(analystId, new URLSearchParams(definedParams(search)).toString());
  const choices = await scoreFilterChoices(actor);
  const here = `/scores/${analystId}`;
  const nextHref = record?.nextCursor ? `${here}?${new URLSearchParams(definedParams(search, { cursor: record.nextCursor }))}` : null;

  return (
    <>
      <PageHeader title={record ? `Scores of ${record.analyst.name}` : "Analyst's scores"} lead="Every scored forecast, the most recent outcome first, over the filters below." />
      <ScoreFilterForm search={search} choices={choices} action={here} withAnalyst={false} />
      {problem && <Alert tone="error">{problem}</Alert>}
      {record && <Summary record={record} />}
      {record && record.items.length > 0 && <RecordTable items={record.items} />}
      <nav aria-label="Pages" className="mt-6 flex gap-4">
        <Link href={`/scores?${new URLSearchParams(definedParams(search, { cursor: undefined }))}`} className="underline">All analysts&apos; scores</Link>
        {search.cursor && <Link href={`${here}?${new URLSearchParams(definedParams(search, { cursor: undefined }))}`} className="underline">Most recent outcomes</Link>}
        {nextHref && <Link href={nextHref} className="underline">Older outcomes</Link>}
      </nav>
    </>
  );
}

function Summary({ record }: { record: AnalystRecordDto }) {
  const summary = record.summary;
  if (!summary) return <p className="mb-6 rounded border border-line bg-white p-6">No scored forecast of {record.analyst.name} matches these filters.</p>;
  return (
    <dl className="mb-6 grid gap-4 rounded border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" data-testid="record-summary">
      <div>
        <dt className="font-semibold">Forecasts scored</dt>
        <dd className="tabular-nums">{countOf(summary.forecasts, "forecast")}</dd>
      </div>
      <Mean name="Mean final Brier" value={formatScore(summary.meanFinalBrier)} meaning={SCORE_MEANINGS.brier} />
      <Mean name="Mean time-averaged Brier" value={formatScore(summary.meanTimeAveragedBrier)} meaning={SCORE_MEANINGS.brier} />
      <div>
        <dt className="font-semibold">Mean relative Brier</dt>
        <dd><RelativeScore value={summary.meanRelativeBrier} /></dd>
      </div>
      <Mean name="Mean final log score" value={formatScore(summary.meanFinalLogScore)} meaning={SCORE_MEANINGS.log} />
    </dl>
  );
}

function Mean({ name, value, meaning }: { name: string; value: string; meaning: string }) {
  return (
    <div>
      <dt className="font-semibold">{name}</dt>
      <dd>
        <span className="tabular-nums">{value}</span> <span className="text-sm text-muted">({meaning})</span>
      </dd>
    </div>
  );
}
