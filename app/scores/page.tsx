import type { Metadata } from "next";
import Link from "next/link";
import { AnalystScoresTable } from "@/components/scores/analyst-scores-table";
import { SCORE_FILTER_LABELS, ScoreFilterForm } from "@/components/scores/score-filter-form";
import { TeamMedianRow } from "@/components/scores/team-median-row";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { canReadAllScores } from "@/lib/auth/policy";
import { describeFilterProblem } from "@/lib/format/filter-problem";
import { definedParams } from "@/lib/format/search-params";
import { sortAfterChoosing, sortAnalysts } from "@/lib/scores/analyst-order";
import { fieldIssues } from "@/lib/validation/issues";
import { scoreFilterSchema } from "@/lib/validation/score-filters";
import { scoreSortSchema } from "@/lib/validation/scores-page";
import { runPageQuery } from "@/server/http/page-query";
import { requirePageActor } from "@/server/page-guard";
import { scoreSummary } from "@/server/scores/list-scores";
import { scoreFilterChoices } from "@/server/scores/score-filter-choices";

export const metadata: Metadata = { title: "Scores" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | undefined>;

/** Per analyst, forecasts scored and the four means over SPEC §5's filters; an analyst sees only their own. */
export default async function ScoresPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("/scores");
  const search = await searchParams;
  const seesEveryone = canReadAllScores(actor);
  const filters = scoreFilterSchema.safeParse(definedParams(search));
  const order = scoreSortSchema.safeParse(definedParams({ sort: search.sort, dir: search.dir }));
  const issues = [...(filters.success ? [] : fieldIssues(filters.error)), ...(order.success ? [] : fieldIssues(order.error))];
  const [{ data: scores, problem }, choices] = await Promise.all([
    filters.success && order.success ? runPageQuery(async () => await scoreSummary(actor, filters.data)) : { data: null, problem: describeFilterProblem(issues, SCORE_FILTER_LABELS) },
    scoreFilterChoices(actor),
  ]);
  const { sort, dir } = order.success ? order.data : { sort: "name" as const, dir: "asc" as const };
  const recordFilters = definedParams(search, { analystId: undefined, sort: undefined, dir: undefined });

  return (
    <>
      <PageHeader
        title="Scores"
        lead={
          seesEveryone
            ? "Each analyst's forecasts scored and their mean scores over the filters below. Brier scores run from 0 to 1, lower is better; log scores are at most 0, higher is better; a negative relative Brier is better than the crowd."
            : "Your own record: reviewers and managers see every analyst's, you see yours. Brier scores run from 0 to 1, lower is better; log scores are at most 0, higher is better; a negative relative Brier is better than the crowd."
        }
      />
      <ScoreFilterForm search={search} choices={choices} action="/scores" withAnalyst={seesEveryone} />
      {problem && <Alert tone="error">{problem}</Alert>}
      {scores && scores.analysts.length === 0 && <p className="rounded border border-line bg-white p-6">No scored forecast matches these filters.</p>}
      {scores && scores.analysts.length > 0 && (
        <AnalystScoresTable
          rows={sortAnalysts(scores.analysts, sort, dir)}
          sort={sort}
          dir={dir}
          sortHref={(column) => `/scores?${new URLSearchParams(definedParams(search, sortAfterChoosing(column, { sort, dir })))}`}
          recordHref={(analystId) => `/scores/${analystId}${queryOf(recordFilters)}`}
        />
      )}
      {scores && <TeamMedianRow aggregate={scores.aggregate} teamName={choices.teams.find((t) => t.id === search.teamId)?.name ?? null} />}
      {!seesEveryone && (
        <p className="mt-6">
          <Link href={`/scores/${actor.id}${queryOf(recordFilters)}`} className="underline">Your record, forecast by forecast</Link>
        </p>
      )}
    </>
  );
}

function queryOf(params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `?${query}` : "";
}
