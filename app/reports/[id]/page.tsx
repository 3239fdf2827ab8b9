import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentBadge } from "@/components/forecast/status-badges";
import { HighlightedReport } from "@/components/reports/highlighted-report";
import { JudgmentList, UnhedgedList } from "@/components/reports/judgment-list";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { formatDay } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import { currentActor } from "@/server/actor";
import { requirePageActor } from "@/server/page-guard";
import { reportPage } from "@/server/reports/report-pages";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const actor = await currentActor();
  if (!actor) return { title: "Report" };
  try {
    return { title: (await reportPage(actor, (await params).id, Date.now())).report.title };
  } catch {
    return { title: "Report not found" };
  }
}

export default async function ReportPage({ params }: Params) {
  const { id } = await params;
  const actor = await requirePageActor(`/reports/${id}`);
  let page: Awaited<ReturnType<typeof reportPage>>;
  try {
    page = await reportPage(actor, id, Date.now());
  } catch (error) {
    if (isAppError(error) && (error as { status: number }).status === 404) notFound();
    throw error;
  }
  const { report, judgments, unhedged, forecasts, scale, mayCreateForecast } = page;
  const holding = forecasts.filter((f) => f.assessment.status === "holding" || f.assessment.status === "borne_out").length;

  return (
    <article className="flex flex-col gap-6">
      <PageHeader
        title={report.title}
        lead={
          <>
            {report.authors && `${report.authors} · `}published {formatDay(report.publishedAt)}
            {report.url && (
              <>
                {" · "}
                <a href={report.url} rel="noopener noreferrer nofollow" target="_blank" className="underline">original</a>
              </>
            )}
          </>
        }
      />
      <section aria-labelledby="tracked-heading" className="rounded border border-line bg-white p-4">
        <h2 id="tracked-heading" className="text-xl font-semibold">Tracked forecasts</h2>
        <p className="mb-3" data-testid="report-summary">
          {summaryOf(judgments.length, forecasts.length, holding)}
        </p>
        {forecasts.length > 0 && (
          <ul className="flex flex-col gap-2" aria-label="Forecasts from this report">
            {forecasts.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center gap-2">
                <AssessmentBadge status={f.assessment.status} />
                <Link href={`/forecasts/${f.id}`} className="underline">{f.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="text-heading" className="rounded border border-line bg-white p-4">
          <h2 id="text-heading" className="mb-2 text-xl font-semibold">Text</h2>
          <p className="mb-3 text-sm text-muted">Sentences with estimative language are highlighted; those that need a number (vague words, or a judgment with no likelihood) in amber.</p>
          <HighlightedReport body={report.body} judgments={judgments} />
        </section>
        <section aria-labelledby="judgments-heading">
          <h2 id="judgments-heading" className="mb-2 text-xl font-semibold">Key judgments</h2>
          <JudgmentList reportId={report.id} judgments={judgments} forecasts={forecasts} scale={scale} mayCreateForecast={mayCreateForecast} />
          <UnhedgedList reportId={report.id} unhedged={unhedged} forecasts={forecasts} scale={scale} mayCreateForecast={mayCreateForecast} />
        </section>
      </div>
    </article>
  );
}

/** "1 key judgment found · 2 tracked as forecasts · 1 of 2 holding". */
function summaryOf(judgments: number, tracked: number, holding: number): string {
  return [
    `${countOf(judgments, "key judgment")} found`,
    `${tracked} tracked as ${tracked === 1 ? "a forecast" : "forecasts"}`,
    `${holding} of ${tracked} holding`,
  ].join(" · ");
}
