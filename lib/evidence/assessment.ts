import { countsAsEvidenceAt, impliedProbabilities } from "./implied";
import { firstObservedAt } from "./indicator-status";
import type {
  AssessmentStatus,
  IndicatorFacts,
  Probabilities,
  ResolutionFacts,
  ScenarioRef,
} from "./types";

/** Why the assessment has its status, as data; describeReason turns it into a sentence. */
export type AssessmentReason =
  | { kind: "no_contrary_evidence" }
  | {
      kind: "contrary_indicator";
      indicatorId: string;
      description: string;
      observedAt: number;
      /** "against" the baseline, or "for" the alternative named by scenarioId. */
      direction: "for" | "against";
      scenarioId: string;
      label: string;
    }
  | {
      kind: "overtaken";
      scenarioId: string;
      label: string;
      implied: number;
      baselineImplied: number;
    }
  | {
      kind: "resolved";
      outcomeScenarioId: string;
      label: string;
      borneOut: boolean;
      outcomeKnownAt: number;
    }
  | { kind: "annulled"; outcomeKnownAt: number };

export interface Assessment {
  status: AssessmentStatus;
  implied: Probabilities;
  reason: AssessmentReason;
}

export interface AssessmentInput {
  scenarios: ScenarioRef[];
  indicators: IndicatorFacts[];
  prior: Probabilities;
  t: number;
  resolution: ResolutionFacts | null;
}

// Products of likelihood ratios that are equal on paper can differ in the last bit (0.1 × 3 ≠ 0.3);
// an alternative must beat the baseline by more than this many percentage points to overtake it.
const TIE_TOLERANCE = 1e-9;

/**
 * SPEC §4 status at t. An exact tie for the highest e leaves the baseline on top, so ties are
 * holding or contested, never overtaken. A resolution counts from its `outcomeKnownAt`; before
 * that the forecast is assessed on its evidence like any open one. Implied probabilities are
 * returned whatever the status, so the chart's dashed lines carry on after resolution.
 */
export function assessAt(input: AssessmentInput): Assessment {
  const { scenarios, indicators, prior, t, resolution } = input;
  const baseline = baselineOf(scenarios);
  const implied = impliedProbabilities(prior, indicators, t);

  if (resolution !== null && t >= resolution.outcomeKnownAt) {
    return { implied, ...resolvedStatus(resolution, scenarios, baseline) };
  }

  const baselineImplied = implied[baseline.id] ?? 0;
  let rival: ScenarioRef | null = null;
  for (const scenario of scenarios) {
    if (scenario === baseline) continue;
    if (rival === null || (implied[scenario.id] ?? 0) > (implied[rival.id] ?? 0)) rival = scenario;
  }
  if (rival !== null && (implied[rival.id] ?? 0) - baselineImplied > TIE_TOLERANCE) {
    return {
      status: "overtaken",
      implied,
      reason: {
        kind: "overtaken",
        scenarioId: rival.id,
        label: rival.label,
        implied: implied[rival.id],
        baselineImplied,
      },
    };
  }

  const contrary = latestContraryIndicator(indicators, scenarios, baseline, prior, t);
  if (contrary === null) return { status: "holding", implied, reason: { kind: "no_contrary_evidence" } };
  return { status: "contested", implied, reason: contrary };
}

function baselineOf(scenarios: ScenarioRef[]): ScenarioRef {
  const baseline = scenarios.find((s) => s.baseline);
  if (baseline === undefined) throw new RangeError("a forecast needs a baseline scenario");
  return baseline;
}

function resolvedStatus(
  resolution: ResolutionFacts,
  scenarios: ScenarioRef[],
  baseline: ScenarioRef,
): Pick<Assessment, "status" | "reason"> {
  if (resolution.annulled) {
    return { status: "annulled", reason: { kind: "annulled", outcomeKnownAt: resolution.outcomeKnownAt } };
  }
  const outcome = scenarios.find((s) => s.id === resolution.outcomeScenarioId);
  if (outcome === undefined) throw new RangeError("the resolution's outcome is not one of the scenarios");
  const borneOut = outcome === baseline;
  return {
    status: borneOut ? "borne_out" : "not_borne_out",
    reason: {
      kind: "resolved",
      outcomeScenarioId: outcome.id,
      label: outcome.label,
      borneOut,
      outcomeKnownAt: resolution.outcomeKnownAt,
    },
  };
}

/**
 * The most recently observed indicator pointing away from the baseline (an 'against' indicator of
 * the baseline or a 'for' indicator of an alternative); the first listed wins a tie.
 */
function latestContraryIndicator(
  indicators: IndicatorFacts[],
  scenarios: ScenarioRef[],
  baseline: ScenarioRef,
  prior: Probabilities,
  t: number,
): Extract<AssessmentReason, { kind: "contrary_indicator" }> | null {
  let latest: { indicator: IndicatorFacts; observedAt: number; scenario: ScenarioRef } | null = null;
  for (const indicator of indicators) {
    const pointsAway =
      indicator.scenarioId === baseline.id
        ? indicator.direction === "against"
        : indicator.direction === "for";
    if (!pointsAway || !countsAsEvidenceAt(indicator, prior, t)) continue;
    const scenario = scenarios.find((s) => s.id === indicator.scenarioId);
    if (scenario === undefined) continue;
    const observedAt = firstObservedAt(indicator) as number;
    if (latest === null || observedAt > latest.observedAt) latest = { indicator, observedAt, scenario };
  }
  if (latest === null) return null;
  const { indicator, observedAt, scenario } = latest;
  return {
    kind: "contrary_indicator",
    indicatorId: indicator.id,
    description: indicator.description,
    observedAt,
    direction: indicator.direction,
    scenarioId: indicator.scenarioId,
    label: scenario.label,
  };
}
