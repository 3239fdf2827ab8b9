import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { IndicatorBoard } from "@/components/evidence/indicator-board";
import { ForecastHeader } from "@/components/forecast/forecast-header";
import { HiddenUntilYouPredict } from "@/components/forecast/hidden-until-you-predict";
import { EditQuestionForm } from "@/components/versions/edit-question-form";
import { QuestionHistory } from "@/components/versions/question-history";
import { Discussion } from "@/components/comments/discussion";
import { isoDay } from "@/lib/format/dates";
import { ResolutionOutcome } from "@/components/forecast/resolution-outcome";
import { LatestProbabilities } from "@/components/forecast/latest-probabilities";
import { TeamMedianPanel } from "@/components/forecast/team-median-panel";
import { teamMedianOf } from "@/server/forecasts/team-median";
import { PredictionForm } from "@/components/forecast/prediction-form";
import { PredictionHistory } from "@/components/forecast/prediction-history";
import { TimelineChartLazy } from "@/components/forecast/timeline-chart-lazy";
import { ReopenForm } from "@/components/review/reopen-form";
import { ResolvePanel, resolveTargetOf } from "@/components/review/resolve-panel";
import { ForecastScoresTable } from "@/components/scores/forecast-scores-table";
import { Alert } from "@/components/ui/alert";
import { canReadAllScores } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors";
import { formatDayTime } from "@/lib/format/dates";
import { forecastPage } from "@/server/forecasts/forecast-page";
import { requirePageActor } from "@/server/page-guard";
import { currentActor } from "@/server/actor";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }>; searchParams?: Promise<{ history?: string; events?: string; medianTeam?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const actor = await currentActor();
  if (!actor) return { title: "Forecast" };
  try {
    return { title: (await forecastPage(actor, id, Date.now())).forecast.title };
  } catch {
    return { title: "Forecast not found" };
  }
}

export default async function ForecastPage({ params, searchParams }: Params) {
  const { id } = await params;
  const search = await searchParams;
  const showAllHistory = search?.history === "all";
  const showAllEvents = search?.events === "all";
  const actor = await requirePageActor(`/forecasts/${id}`);
  const now = Date.now();
  let page: Awaited<ReturnType<typeof forecastPage>>;
  try {
    page = await forecastPage(actor, id, now);
  } catch (error) {
    if (isAppError(error) && (error as { status: number }).status === 404) notFound();
    throw error;
  }
  const { forecast, timeline, scale, latest, may, eventChoices, citedEvents, othersHidden, predictorCount, versions, comments } = page;
  const resolution = forecast.resolution;
  const current = latest.find((p) => p.analystId === actor.id)?.probabilities ?? null;
  // SPEC §2: the team median is others' numbers too, hidden until the reader's first prediction.
  const teamMedian = othersHidden ? null : await teamMedianOf(actor, forecast.id, search?.medianTeam, now);

  return (
    <article className="flex flex-col gap-8">
      <ForecastHeader forecast={forecast} />
      {resolution && (
        <section aria-labelledby="outcome-heading" className="flex flex-col gap-4 rounded border border-line bg-white p-4">
          <h2 id="outcome-heading" className="text-xl font-semibold">Outcome</h2>
          <ResolutionOutcome forecast={forecast} citedEvents={citedEvents} />
          {!resolution.annulled && (
            <>
              <h3 className="text-lg font-semibold">Scores</h3>
              <ForecastScoresTable forecast={forecast} seesEveryone={canReadAllScores(actor)} />
            </>
          )}
          {may.reopen && (
            <details className="rounded border border-line bg-paper p-3">
              <summary className="cursor-pointer font-semibold">Reopen (admin)</summary>
              <div className="mt-3">
                <ReopenForm forecastId={forecast.id} />
              </div>
            </details>
          )}
        </section>
      )}
      {may.resolve && (
        <section aria-labelledby="resolve-heading" className="flex flex-col gap-2 rounded border border-line bg-white p-4">
          <h2 id="resolve-heading" className="text-xl font-semibold">Resolution</h2>
          <p className="text-sm text-muted">
            {forecast.status === "closed"
              ? "This forecast is past its horizon and awaits resolution."
              : "Its horizon has not passed: resolve it early only if the outcome is already known."}
          </p>
          <p className="text-sm" data-testid="criteria-in-force">
            <span className="font-semibold">Resolution criteria in force at the horizon (version {forecast.version}):</span> {forecast.resolutionCriteria}
          </p>
          <ResolvePanel forecast={resolveTargetOf(forecast)} refusal={may.resolveRefusal} open={forecast.status === "closed"} />
        </section>
      )}
      <section aria-labelledby="chart-heading" className="rounded border border-line bg-white p-4">
        <h2 id="chart-heading" className="mb-2 text-xl font-semibold">Does the assessment hold?</h2>
        {othersHidden ? (
          <HiddenUntilYouPredict predictorCount={predictorCount} what="The probabilities over time" />
        ) : (
          <TimelineChartLazy
            scenarios={forecast.scenarios}
            timeline={timeline}
            events={forecast.events}
            indicators={forecast.indicators}
            people={forecast.people}
            authorId={forecast.authorId}
            closesAt={forecast.closesAt}
            resolvedAt={resolution?.outcomeKnownAt ?? null}
            scoredWindow={resolution && !resolution.annulled ? { start: forecast.createdAt, end: resolution.scoringEnd } : null}
            now={new Date(now).toISOString()}
            questionChanges={versions.filter((v) => v.version > 1).map((v) => ({ version: v.version, at: v.at }))}
            median={teamMedian ? { name: teamMedian.team ? `Team median (${teamMedian.team.name})` : "Team median (everyone)", steps: teamMedian.steps } : null}
          />
        )}
      </section>
      {/* min-w-0: a grid item is otherwise as wide as its widest table, past the edge of a phone. */}
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="latest-heading" className="min-w-0">
          <h2 id="latest-heading" className="mb-3 text-xl font-semibold">Where everyone stands</h2>
          {othersHidden ? (
            <HiddenUntilYouPredict predictorCount={predictorCount} what="Everyone's probabilities and the evidence-implied ones" />
          ) : (
            <>
              <LatestProbabilities forecast={forecast} latest={latest} scale={scale} />
              <div className="mt-4">
                {teamMedian && <TeamMedianPanel view={teamMedian} forecastId={forecast.id} scale={scale} />}
              </div>
            </>
          )}
        </section>
        <section aria-labelledby="predict-heading" className="min-w-0 rounded border border-line bg-white p-4">
          <h2 id="predict-heading" className="mb-3 text-xl font-semibold">Your prediction</h2>
          {may.predict ? (
            <PredictionForm forecastId={forecast.id} scenarios={forecast.scenarios} scale={scale} current={current} />
          ) : forecast.status !== "open" ? (
            <Alert tone="info">
              This forecast closed on {formatDayTime(forecast.closesAt)}: it takes no new predictions. Predictions are never edited or deleted.
            </Alert>
          ) : (
            <Alert tone="info">Only analysts can add predictions.</Alert>
          )}
        </section>
      </div>
      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading" className="mb-3 text-xl font-semibold">Indicators</h2>
        <IndicatorBoard forecast={forecast} mayAdd={may.addIndicator} />
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="mb-3 text-xl font-semibold">Events observed</h2>
        <EvidencePanel forecast={forecast} mayLink={may.linkEvent} eventChoices={eventChoices} showAll={showAllEvents} />
      </section>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="mb-3 text-xl font-semibold">Changes to the question</h2>
        <QuestionHistory versions={versions} />
        {may.editQuestion && (
          <details className="mt-3 rounded border border-line bg-paper p-3">
            <summary className="cursor-pointer font-semibold">Edit the question</summary>
            <div className="mt-3">
              <EditQuestionForm
                question={{ id: forecast.id, title: forecast.title, statement: forecast.statement, resolutionCriteria: forecast.resolutionCriteria, closesOn: isoDay(forecast.closesAt), version: forecast.version }}
              />
            </div>
          </details>
        )}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">Prediction history</h2>
        {othersHidden ? (
          <HiddenUntilYouPredict predictorCount={predictorCount} what="The probabilities of past predictions" />
        ) : (
          <PredictionHistory forecast={forecast} scale={scale} showAll={showAllHistory} />
        )}
      </section>
      <section aria-labelledby="discussion-heading">
        <h2 id="discussion-heading" className="mb-3 text-xl font-semibold">Discussion</h2>
        <Discussion forecastId={forecast.id} comments={comments} baselineLabel={forecast.scenarios.find((s) => s.baseline)?.label ?? "the baseline"} scale={scale} />
      </section>
      <p>
        <Link href="/forecasts" className="underline">Back to all forecasts</Link>
      </p>
    </article>
  );
}
