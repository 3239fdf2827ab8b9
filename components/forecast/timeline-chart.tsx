"use client";

import { useCallback, useId, useMemo, useRef, useState } from "react";
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CompactTimelineDto, EventDto, IndicatorDto, ScenarioDto, TimelinePointDto } from "@/lib/dto/forecast";
import { expandTimeline } from "@/lib/evidence/compact-timeline";
import { TimelineDataTable } from "./timeline/data-table";
import { EventDetails } from "./timeline/event-details";
import { EventMarkers, type ActiveEvent } from "./timeline/event-markers";
import { TimelineLegend } from "./timeline/legend";
import { LineTooltip } from "./timeline/line-tooltip";
import { CLOSES_COLOR, GRID_COLOR, RESOLVED_COLOR, SCORED_WINDOW_COLOR, SCORED_WINDOW_OPACITY, TODAY_COLOR } from "./timeline/palette";
import { ReferenceLineLabels, type ReferenceMark } from "./timeline/reference-line-labels";
import { ScenarioPicker } from "./timeline/scenario-picker";
import { chartLines, chartRows, datedEvents, inDomain, plotRows, tableRows, xDomain, type MedianLine } from "./timeline/series";
import { formatTick, timeTicks } from "./timeline/ticks";
import { useUntabbableLayers } from "./timeline/use-untabbable-layers";

export interface TimelineChartProps {
  /** Exactly one has `baseline: true`; it is charted first. */
  scenarios: ScenarioDto[];
  /** Every prediction and each change of the evidence; the points are rebuilt in the browser. */
  timeline: CompactTimelineDto;
  events: EventDto[];
  /** To name the indicators an event is linked to. */
  indicators: IndicatorDto[];
  people: Record<string, { name: string }>;
  authorId: string;
  closesAt: string;
  /** `outcomeKnownAt` of the resolution, or null. */
  resolvedAt: string | null;
  /** Once resolved (not annulled): the scored window, from the forecast's creation to `scoringEnd` (SPEC §5). */
  scoredWindow: { start: string; end: string } | null;
  /** For the "Today" line, drawn only when it falls inside the charted range. */
  now: string;
  /** When the question was edited (SPEC §2 versions): each gets a "Changed" line. */
  questionChanges?: { version: number; at: string }[];
  /** The team median (everyone's or the chosen team's), drawn as its own bold line; null while others' numbers are hidden. */
  median?: MedianLine | null;
}

const HEIGHT = 360;
const Y_TICKS = [0, 25, 50, 75, 100];
const TICK_STYLE = { fill: "#4b5563", fontSize: 12 };
const TOOLTIP_WIDTH = 288;

/** SPEC §4: stated and evidence-implied probabilities of one scenario over time, with events and horizon. */
export function TimelineChart({ scenarios, timeline, events, indicators, people, authorId, closesAt, resolvedAt, scoredWindow, now, questionChanges = [], median = null }: TimelineChartProps) {
  const points = useMemo(() => pointsOf(timeline), [timeline]);
  const captionId = useId();
  const tooltipId = useId();
  const baseline = scenarios.find((s) => s.baseline) ?? scenarios[0];
  const [selectedId, setSelectedId] = useState<string | undefined>(baseline?.id);
  const scenario = scenarios.find((s) => s.id === selectedId) ?? baseline;
  const [activeEvent, setActiveEvent] = useState<ActiveEvent | null>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  useUntabbableLayers(plotRef);

  const lines = useMemo(() => chartLines(points, authorId, people, median), [points, authorId, people, median]);
  const rows = useMemo(() => (scenario ? chartRows(points, lines, scenario.id, median) : []), [points, lines, scenario, median]);
  const plotted = useMemo(() => plotRows(rows, lines), [rows, lines]);
  const dated = useMemo(() => datedEvents(events), [events]);
  const domain = useMemo(
    () => xDomain(rows, dated, [closesAt, resolvedAt, scoredWindow?.start ?? null, scoredWindow?.end ?? null]),
    [rows, dated, closesAt, resolvedAt, scoredWindow],
  );
  const ticks = useMemo(() => timeTicks(domain[0], domain[1]), [domain]);
  const table = useMemo(() => tableRows(rows, lines, dated), [rows, lines, dated]);
  const indicatorsById = useMemo(() => new Map(indicators.map((i) => [i.id, i])), [indicators]);
  const scenariosById = useMemo(() => new Map(scenarios.map((s) => [s.id, s])), [scenarios]);

  const showEvent = useCallback((next: ActiveEvent) => {
    setActiveEvent((current) => (current?.via === "focus" && next.via === "hover" ? current : next));
  }, []);
  const hideEvent = useCallback((via: ActiveEvent["via"] | "escape") => {
    setActiveEvent((current) => (current === null || via === "escape" || current.via === via ? null : current));
  }, []);

  if (scenario === undefined) {
    return (
      <figure data-testid="timeline-chart" aria-labelledby={captionId}>
        <figcaption id={captionId} className="font-semibold">
          Probability over time
        </figcaption>
        <p className="text-sm text-muted">This forecast has no scenarios to chart.</p>
      </figure>
    );
  }

  const marks = [
    ...referenceMarks(closesAt, resolvedAt, now, domain),
    ...questionChanges.map((c) => ({ key: `changed-v${c.version}`, text: `Changed (v${c.version})`, t: Date.parse(c.at), color: CLOSES_COLOR })).filter((m) => inDomain(m.t, domain)),
  ];
  const hasPredictions = lines.length > 1;
  // A lone point draws no line segment, and points closer together than 1% of the time axis (a
  // forecast made today, charted up to its horizon) draw one too short to see: solid dots keep the
  // values visible.
  const plottedSpan = plotted.length > 0 ? plotted[plotted.length - 1].t - plotted[0].t : 0;
  const dotted = plotted.length === 1 || plottedSpan < (domain[1] - domain[0]) / 100;
  const shownEvent = activeEvent === null ? undefined : dated.find((d) => d.event.id === activeEvent.id)?.event;
  const title = `Probability of “${scenario.label}” over time`;

  return (
    <figure data-testid="timeline-chart" aria-labelledby={captionId} className="min-w-0">
      <figcaption id={captionId} className="mb-2 font-semibold">
        {title}: as stated by each analyst, and as implied by the evidence
      </figcaption>
      {scenarios.length > 1 && <ScenarioPicker scenarios={orderedScenarios(scenarios)} selectedId={scenario.id} onSelect={setSelectedId} />}
      {!hasPredictions && <p className="mb-2 text-sm text-muted">No one has made a prediction yet; the chart shows the evidence alone.</p>}
      {/* Chromium rings a focused SVG even on a mouse click; keyboard focus keeps the global ring. */}
      <div
        ref={plotRef}
        className="relative w-full min-w-0 [&_svg:focus:not(:focus-visible)]:outline-none [&_g[tabindex='-1']]:outline-none"
      >
        <ResponsiveContainer width="100%" height={HEIGHT} minWidth={0} initialDimension={{ width: 640, height: HEIGHT }}>
          <ComposedChart data={plotted} margin={{ top: 24, right: 24, bottom: 4, left: 0 }} title={title}>
            <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={domain}
              ticks={ticks.ticks}
              tickFormatter={(t: number) => formatTick(t, ticks.unit)}
              tick={TICK_STYLE}
              padding={{ left: 12, right: 12 }}
            />
            <YAxis
              type="number"
              domain={[0, 100]}
              ticks={Y_TICKS}
              tickFormatter={(v: number) => `${v}%`}
              tick={TICK_STYLE}
              width={48}
            />
            {scoredWindow && (
              <ReferenceArea
                x1={Date.parse(scoredWindow.start)}
                x2={Date.parse(scoredWindow.end)}
                className="scored-window"
                fill={SCORED_WINDOW_COLOR}
                fillOpacity={SCORED_WINDOW_OPACITY}
                stroke="none"
                ifOverflow="hidden"
              />
            )}
            <Tooltip
              content={(props) => <LineTooltip active={props.active} payload={props.payload} lines={lines} />}
              active={shownEvent ? false : undefined}
              isAnimationActive={false}
            />
            {marks.map((mark) => (
              <ReferenceLine
                key={mark.key}
                x={mark.t}
                className={`${mark.key}-line`}
                stroke={mark.color}
                strokeWidth={mark.key === "today" ? 1 : 1.5}
                strokeDasharray={mark.key === "today" ? "2 3" : undefined}
              />
            ))}
            {lines.map((line) => (
              <Line
                key={line.key}
                dataKey={line.key}
                name={line.name}
                type="stepAfter"
                className={`${line.kind}-line`}
                stroke={line.color}
                strokeWidth={line.kind === "median" ? 4 : line.kind === "author" ? 3 : line.kind === "implied" ? 2 : 1.5}
                strokeDasharray={line.kind === "implied" ? "6 4" : undefined}
                dot={dotted ? { r: 4, fill: line.color, strokeDasharray: "0", clipDot: false } : false}
                activeDot={{ r: 3 }}
                isAnimationActive={false}
              />
            ))}
            <ReferenceLineLabels marks={marks} />
            <EventMarkers
              events={dated}
              activeId={shownEvent?.id ?? null}
              tooltipId={tooltipId}
              onShow={showEvent}
              onHide={hideEvent}
            />
          </ComposedChart>
        </ResponsiveContainer>
        {shownEvent && activeEvent && (
          <div
            id={tooltipId}
            role="tooltip"
            data-testid="event-tooltip"
            className="pointer-events-none absolute z-10 rounded border border-line bg-white px-3 py-2 text-sm text-ink shadow-md"
            style={{
              width: TOOLTIP_WIDTH,
              left: Math.max(0, Math.min(activeEvent.x - TOOLTIP_WIDTH / 2, activeEvent.chartWidth - TOOLTIP_WIDTH)),
              bottom: HEIGHT - activeEvent.y + 6,
            }}
          >
            <EventDetails event={shownEvent} indicators={indicatorsById} scenarios={scenariosById} />
          </div>
        )}
      </div>
      <TimelineLegend lines={lines} showEvents={dated.length > 0} showScoredWindow={scoredWindow !== null} />
      <TimelineDataTable
        rows={table}
        lines={lines}
        scenarioLabel={scenario.label}
        indicators={indicatorsById}
        scenarios={scenariosById}
      />
    </figure>
  );
}

/** The vertical lines: the horizon, the resolution if any, and today when it falls inside the charted range. */
function referenceMarks(closesAt: string, resolvedAt: string | null, now: string, domain: readonly [number, number]): ReferenceMark[] {
  const marks: ReferenceMark[] = [
    { key: "closes", text: "Closes", t: Date.parse(closesAt), color: CLOSES_COLOR },
    { key: "resolved", text: "Resolved", t: resolvedAt === null ? Number.NaN : Date.parse(resolvedAt), color: RESOLVED_COLOR },
    { key: "today", text: "Today", t: Date.parse(now), color: TODAY_COLOR },
  ];
  return marks.filter((mark) => (mark.key === "today" ? inDomain(mark.t, domain) : Number.isFinite(mark.t)));
}

/** The baseline first, the alternatives in the order given. */
function orderedScenarios(scenarios: ScenarioDto[]): ScenarioDto[] {
  return [...scenarios.filter((s) => s.baseline), ...scenarios.filter((s) => !s.baseline)];
}

/** The compact timeline back into chart points (ISO dates, as the API's timeline has them). */
function pointsOf(timeline: CompactTimelineDto): TimelinePointDto[] {
  const expanded = expandTimeline({
    start: Date.parse(timeline.start),
    end: Date.parse(timeline.end),
    predictions: timeline.predictions.map((p) => ({ analystId: p.analystId, createdAt: Date.parse(p.createdAt), probabilities: p.probabilities })),
    evidence: timeline.evidence.map((e) => ({ date: Date.parse(e.date), implied: e.implied, status: e.status })),
  });
  return expanded.map((p) => ({ date: new Date(p.date).toISOString(), stated: p.stated as Record<string, Record<string, number>>, implied: p.implied, status: p.status }));
}
