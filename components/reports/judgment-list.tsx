import Link from "next/link";
import { AssessmentBadge } from "@/components/forecast/status-badges";
import { formatPercent, ProbabilityText } from "@/components/forecast/probability-text";
import type { ForecastSummaryDto } from "@/lib/dto/forecast";
import { bandsOf, describeProbability, forecastStatement, forecastTitle, type Judgment, type ProbabilityRange, type ScaleId } from "@/lib/estimative";
import { formatDay } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";

interface Props {
  reportId: string;
  judgments: Judgment[];
  forecasts: ForecastSummaryDto[];
  scale: ScaleId;
  mayCreateForecast: boolean;
}

const SCALE_NAMES: Record<ScaleId, string> = { icd203: "ICD 203", phia: "UK PHIA" };

/** Each key judgment in reading order: its words, implied probability, horizons, and the way to track it. */
export function JudgmentList({ reportId, judgments, forecasts, scale, mayCreateForecast }: Props) {
  if (judgments.length === 0) return <p className="rounded border border-line bg-white p-4">No sentence carries estimative or vague language.</p>;
  const needNumber = judgments.filter((j) => j.probability === null && (j.vague || j.group === "needs-number")).length;
  return (
    <>
      {needNumber > 0 && (
        <p className="mb-2 text-sm" data-testid="needs-number-count">
          {countOf(needNumber, "judgment")} {needNumber === 1 ? "needs" : "need"} a number: vague words, or a verb or confidence statement with no likelihood.
        </p>
      )}
      <ol className="flex flex-col gap-3" data-testid="judgments">
        {judgments.map((j, index) => (
          <JudgmentItem key={index} id={`judgment-${index + 1}`} number={index + 1} judgment={j} {...{ reportId, forecasts, scale, mayCreateForecast }} />
        ))}
      </ol>
    </>
  );
}

/**
 * Forecasts the report states as certain ("The regime will collapse"): collapsed, off the main
 * count, for the analyst to put a number on if they choose.
 */
export function UnhedgedList({ reportId, unhedged, forecasts, scale, mayCreateForecast }: Omit<Props, "judgments"> & { unhedged: Judgment[] }) {
  if (unhedged.length === 0) return null;
  return (
    <details className="mt-4 rounded border border-line bg-white p-3" data-testid="unhedged">
      <summary className="cursor-pointer font-semibold">
        Stated without a likelihood — put a number on it ({countOf(unhedged.length, "forecast")})
      </summary>
      <p className="mt-2 text-sm text-muted">Forecasts the authors state as certain. They are not counted as key judgments.</p>
      <ol className="mt-2 flex flex-col gap-3">
        {unhedged.map((j, index) => (
          <JudgmentItem key={index} id={`unhedged-${index + 1}`} number={index + 1} judgment={j} {...{ reportId, forecasts, scale, mayCreateForecast }} />
        ))}
      </ol>
    </details>
  );
}

interface ItemProps extends Omit<Props, "judgments"> {
  id: string;
  number: number;
  judgment: Judgment;
}

function JudgmentItem({ id, number, judgment: j, reportId, forecasts, scale, mayCreateForecast }: ItemProps) {
  const tracked = forecasts.filter((f) => f.excerpt === j.sentence);
  const main = j.group !== "unhedged";
  return (
    <li id={id} className="rounded border border-line bg-white p-3" data-testid={main ? "judgment" : "unhedged-judgment"}>
      <p data-testid="judgment-text">
        {main ? <a href={`#sentence-${number}`} className="mr-1 text-sm text-muted underline">{number}.</a> : <span className="mr-1 text-sm text-muted">{number}.</span>}
        {j.sentence}
      </p>
      {j.fullSentence !== j.sentence && (
        <p className="mt-1 text-sm text-muted">One of the judgments in: “{j.fullSentence}”</p>
      )}
      <p className="mt-2 flex flex-wrap gap-2 text-sm">
        {j.terms.map((t) => (
          <span key={t} className="rounded bg-paper px-1">“{t}”</span>
        ))}
      </p>
      <p className="mt-1 text-sm">
        <JudgmentProbability judgment={j} scale={scale} />
      </p>
      {j.horizons.length > 0 && (
        <ul className="mt-1 text-sm">
          {j.horizons.map((h) => (
            <li key={h.text}>Horizon: “{h.text}” → {h.date ? formatDay(h.date) : "no fixed date"}</li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {tracked.map((f) => (
          <span key={f.id} className="flex items-center gap-1">
            <AssessmentBadge status={f.assessment.status} />
            <Link href={`/forecasts/${f.id}`} className="text-sm underline">{f.title}</Link>
          </span>
        ))}
        {mayCreateForecast && (
          <Link href={newForecastHref(reportId, j)} className="rounded border border-accent px-2 py-1 text-sm font-semibold text-accent-dark hover:bg-blue-50">
            Make a forecast{tracked.length > 0 ? " (another)" : ""}
          </Link>
        )}
      </div>
    </li>
  );
}

/**
 * "Implies 67.5% (likely)" for a word, "States 70% (likely)" for a number, "States 30–40%
 * (unlikely)" for a range; for a word of the other scale its band there, with the scale named.
 */
function JudgmentProbability({ judgment: j, scale }: { judgment: Judgment; scale: ScaleId }) {
  if (j.probability === null) {
    if (j.vague) return <strong className="text-contested">Vague — needs a number</strong>;
    if (j.group === "needs-number") return <strong className="text-contested">Needs a number — judged without a likelihood</strong>;
    if (j.group === "unhedged") return <strong className="text-contested">Stated as certain — put a number on it</strong>;
    return <span className="text-muted">A comparison, not a probability{j.comparative.length > 0 ? ` (${j.comparative.join(", ")})` : ""}</span>;
  }
  if (j.wordScale) return <>Implies <OtherScaleText judgment={j} wordScale={j.wordScale} scale={scale} /></>;
  const verb = j.stated ? "States" : "Implies";
  if (j.range) return <>{verb} <RangeText range={j.range} scale={scale} /></>;
  return <>{verb} <ProbabilityText value={j.probability} scale={scale} /></>;
}

/** "45% · a UK PHIA term: 40 to under 50%" — a word the installation's scale does not have. */
function OtherScaleText({ judgment: j, wordScale, scale }: { judgment: Judgment; wordScale: ScaleId; scale: ScaleId }) {
  const band = bandsOf(wordScale).find((b) => j.probability !== null && b.midpoint === j.probability);
  const high = band && !band.upperInclusive ? `under ${formatPercent(band.upper)}` : j.range ? formatPercent(j.range.high) : "";
  return (
    <span data-testid="other-scale">
      <ProbabilityText value={j.probability ?? 0} scale={scale} />
      <span className="text-muted">
        {" "}· “{band?.label}” is a {SCALE_NAMES[wordScale]} term{j.range ? `: ${formatPercent(j.range.low).replace(/%$/, "")} to ${high}` : ""}
      </span>
    </span>
  );
}

function RangeText({ range, scale }: { range: ProbabilityRange; scale: ScaleId }) {
  const low = describeProbability(range.low, scale).words;
  const high = describeProbability(range.high, scale).words;
  const number = (value: number) => formatPercent(value).replace(/%$/, "");
  return (
    <span>
      <span className="font-semibold tabular-nums">{number(range.low)}–{formatPercent(range.high)}</span>{" "}
      <span className="text-muted">({low === high ? low : `${low} to ${high}`})</span>
    </span>
  );
}

/**
 * The pre-filled forecast: the judgment's sentence (or clause) as the quoted excerpt and as the
 * statement, a short clause as the title (lib/estimative/titles.ts).
 */
function newForecastHref(reportId: string, j: Judgment): string {
  const params = new URLSearchParams({ reportId, statement: forecastStatement(j.sentence, j.fullSentence), excerpt: j.sentence, title: forecastTitle(j.sentence, j.fullSentence) });
  if (j.probability !== null) params.set("probability", String(j.probability));
  if (j.vague) params.set("vague", j.terms.join(", "));
  const dated = j.horizons.map((h) => h.date).filter((d): d is string => Boolean(d)).sort();
  if (dated.length > 0) params.set("closesOn", dated[dated.length - 1]);
  return `/forecasts/new?${params}`;
}
