import type { Metadata } from "next";
import Link from "next/link";
import { ReliabilityChartLazy, SharpnessChartLazy, TrendChartLazy } from "@/components/calibration/charts-lazy";
import { CalibrationFigures } from "@/components/calibration/calibration-figures";
import { BinTable, StatementTable, TrendTable } from "@/components/calibration/calibration-tables";
import { CompareForm } from "@/components/calibration/compare-form";
import { ConfidencePanel } from "@/components/calibration/confidence-panel";
import { SCORE_FILTER_LABELS, ScoreFilterForm } from "@/components/scores/score-filter-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { canReadAllScores } from "@/lib/auth/policy";
import { binsOf } from "@/lib/calibration/bins";
import { headlineSentence, MIN_STATEMENTS } from "@/lib/calibration/reading";
import { countOf } from "@/lib/format/plural";
import { describeFilterProblem } from "@/lib/format/filter-problem";
import { definedParams } from "@/lib/format/search-params";
import { calibrationQuerySchema } from "@/lib/validation/calibration";
import { calibrationPageSchema } from "@/lib/validation/calibration-page";
import { fieldIssues } from "@/lib/validation/issues";
import { calibrationPage, type CalibrationPageData, type CalibrationSeries } from "@/server/calibration/calibration-page";
import { runPageQuery } from "@/server/http/page-query";
import { requirePageActor } from "@/server/page-guard";
import { scoreFilterChoices } from "@/server/scores/score-filter-choices";

export const metadata: Metadata = { title: "Calibration" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | undefined>;
const SERIES_COLORS = ["#1d4ed8", "#b45309", "#111827"];
const LABELS: Record<string, string> = { ...SCORE_FILTER_LABELS, overlay: "Team median", panel: "Confidence panel", bins: "Bins", of: "Whose statements", vsAnalystId: "Compare with analyst", vsTeamId: "Compare with team", bin: "Bin", cursor: "Page" };

/**
 * SPEC §5's calibration for managers and reviewers (an analyst sees their own): "when we said
 * likely, how often did it happen?" — reliability diagram, sharpness, Brier and its Murphy
 * decomposition, discrimination, a quarterly trend, and a bin's statements.
 */
export default async function CalibrationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("/calibration");
  const search = await searchParams;
  const seesEveryone = canReadAllScores(actor);
  const query = calibrationQuerySchema.safeParse(definedParams(search, { vsAnalystId: undefined, vsTeamId: undefined, bin: undefined, cursor: undefined, overlay: undefined, panel: undefined }));
  const page = calibrationPageSchema.safeParse(definedParams({ vsAnalystId: search.vsAnalystId, vsTeamId: search.vsTeamId, bin: search.bin, cursor: search.cursor, overlay: search.overlay, panel: search.panel }));
  const issues = [...(query.success ? [] : fieldIssues(query.error)), ...(page.success ? [] : fieldIssues(page.error))];
  const [{ data, problem }, choices] = await Promise.all([
    query.success && page.success ? runPageQuery(() => calibrationPage(actor, query.data, page.data)) : { data: null, problem: describeFilterProblem(issues, LABELS) },
    scoreFilterChoices(actor),
  ]);
  const binKind = query.success ? query.data.bins : "deciles";
  const words = binKind !== "deciles";
  const withParams = (change: Record<string, string | undefined>) => `/calibration?${new URLSearchParams(definedParams({ ...search, ...change }))}`;
  const scaleBins = data?.scale ?? "icd203";

  return (
    <>
      <PageHeader
        title="Calibration"
        lead={
          seesEveryone
            ? "When we said “likely”, how often did it happen? Every scenario of every scored analyst's final prediction is one statement; statements are grouped by what was said and compared with what happened."
            : "Your own calibration: when you said “likely”, how often did it happen? Reviewers and managers see everyone's; you see yours."
        }
      />
      <ScoreFilterForm search={search} choices={choices} action="/calibration" withAnalyst={seesEveryone} keep={["bins", "vsAnalystId", "vsTeamId", "overlay", "panel"]} />
      <nav aria-label="View" className="mb-4 flex flex-wrap items-center gap-2">
        <span className="font-semibold">Group statements by</span>
        <BinLink href={withParams({ bins: undefined, bin: undefined, cursor: undefined })} current={binKind === "deciles"}>
          tens of percent
        </BinLink>
        <BinLink href={withParams({ bins: scaleBins, bin: undefined, cursor: undefined })} current={words}>
          estimative words ({scaleBins === "phia" ? "UK PHIA" : "ICD 203"})
        </BinLink>
        <span className="ml-4 font-semibold">Team median</span>
        <BinLink href={withParams({ overlay: search.overlay === "aggregate" ? undefined : "aggregate" })} current={search.overlay === "aggregate"}>
          {search.overlay === "aggregate" ? "overlaid: remove it" : "overlay everyone's median"}
        </BinLink>
        <span className="ml-4 font-semibold">By confidence</span>
        <BinLink href={withParams({ panel: search.panel === "confidence" ? undefined : "confidence" })} current={search.panel === "confidence"}>
          {search.panel === "confidence" ? "shown: hide the panel" : "show the confidence panel"}
        </BinLink>
      </nav>
      {problem && <Alert tone="error">{problem}</Alert>}
      {data && (
        <>
          <CompareForm search={search} choices={choices} withAnalyst={seesEveryone} />
          {data.main.calibration.n < MIN_STATEMENTS ? (
            <section aria-labelledby="too-few" className="mb-6 rounded border border-line bg-white p-4">
              <h2 id="too-few" className="text-lg font-semibold">
                Calibration can&apos;t be judged yet
              </h2>
              <p>
                {countOf(data.main.calibration.n, "statement")} match these filters; at least {MIN_STATEMENTS} are needed before the share that came true in each group means much. The counts so far:
              </p>
              <BinTable series={[data.main]} words={words} binHref={withParams({ bin: "BIN", cursor: undefined })} />
            </section>
          ) : (
            <>
              <p className="mb-4 text-lg" data-testid="calibration-headline">
                {headlineSentence(data.main.calibration, words)}
              </p>
              <div className="mb-6 grid gap-6 lg:grid-cols-[3fr_2fr]">
                <section aria-labelledby="reliability-title" className="min-w-0 rounded border border-line bg-white p-4">
                  <h2 id="reliability-title" className="mb-2 text-lg font-semibold">
                    Reliability: what we said against what happened
                  </h2>
                  <ReliabilityChartLazy
                    caption={`Reliability diagram (${allSeries(data).map((s) => s.name).join(", ")}); the table below gives the same figures`}
                    series={allSeries(data).map((s, i) => ({ name: s.name, color: SERIES_COLORS[i], bins: s.calibration.bins }))}
                    ticks={axisTicks(binKind)}
                    binHref={withParams({ bin: "BIN", cursor: undefined })}
                  />
                </section>
                <CalibrationFigures series={allSeries(data)} />
              </div>
              <section aria-labelledby="bins-title" className="mb-6 rounded border border-line bg-white p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id="bins-title" className="text-lg font-semibold">
                    The figures, group by group
                  </h2>
                  <a href={`/calibration/bins.csv?${new URLSearchParams(definedParams(search, { vsAnalystId: undefined, vsTeamId: undefined, bin: undefined, cursor: undefined, overlay: undefined, panel: undefined }))}`} className="underline" download>
                    Download the groups as CSV
                  </a>
                </div>
                <BinTable series={allSeries(data)} words={words} binHref={withParams({ bin: "BIN", cursor: undefined })} />
              </section>
              {data.byConfidence.length > 0 && <ConfidencePanel rows={data.byConfidence} total={data.main.calibration.n} />}
              <div className="mb-6 grid gap-6 lg:grid-cols-2">
                <section aria-labelledby="sharpness-title" className="min-w-0 rounded border border-line bg-white p-4">
                  <h2 id="sharpness-title" className="text-lg font-semibold">
                    Sharpness: how many statements in each group
                  </h2>
                  <p className="mb-2 text-sm text-muted">Confident forecasters use the ends of the scale; a crowd in the middle says little, however well calibrated. The counts are in the table above.</p>
                  <SharpnessChartLazy bins={data.main.calibration.bins.map((b) => ({ label: b.label, n: b.n }))} />
                </section>
                <section aria-labelledby="trend-title" className="min-w-0 rounded border border-line bg-white p-4">
                  <h2 id="trend-title" className="text-lg font-semibold">
                    Trend by quarter of the outcome
                  </h2>
                  <TrendChartLazy points={data.main.calibration.trend} />
                  <TrendTable points={data.main.calibration.trend} />
                </section>
              </div>
            </>
          )}
          {data.drill && (
            <section aria-labelledby="drill-title" className="mb-6 rounded border border-line bg-white p-4" data-testid="bin-statements">
              <h2 id="drill-title" className="text-lg font-semibold">
                Statements in “{binsOf(binKind)[data.drill.bin]?.label}”
              </h2>
              <StatementTable items={data.drill.items} scale={data.scale} />
              <p className="mt-2 flex gap-4">
                {data.drill.nextCursor && (
                  <Link className="underline" href={withParams({ cursor: data.drill.nextCursor })}>
                    Older statements
                  </Link>
                )}
                <Link className="underline" href={withParams({ bin: undefined, cursor: undefined })}>
                  Close the list
                </Link>
              </p>
            </section>
          )}
        </>
      )}
    </>
  );
}

function allSeries(data: CalibrationPageData): CalibrationSeries[] {
  return [data.main, ...(data.versus ? [data.versus] : []), ...(data.aggregate ? [data.aggregate] : [])];
}

function BinLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link href={href} aria-current={current ? "true" : undefined} className={`rounded border px-3 py-1 ${current ? "border-accent-dark bg-accent-dark text-white" : "border-line bg-white underline"}`}>
      {children}
    </Link>
  );
}

/** Decile ticks every 10%; in words, each band's word at its middle. */
function axisTicks(kind: "deciles" | "icd203" | "phia"): { value: number; label: string }[] {
  if (kind === "deciles") return Array.from({ length: 11 }, (_, i) => ({ value: i * 10, label: `${i * 10}%` }));
  return binsOf(kind)
    .filter((b) => !b.label.startsWith("between"))
    .map((b) => ({ value: (b.lower + b.upper) / 2, label: b.label }));
}
