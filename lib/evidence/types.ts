// Plain facts the evidence code works on. Times are epoch milliseconds; probabilities are
// percentages (0–100) keyed by scenario id, as in SPEC §6.

export type Probabilities = Record<string, number>;

export interface ScenarioRef {
  id: string;
  label: string;
  baseline: boolean;
}

export interface IndicatorFacts {
  id: string;
  scenarioId: string;
  description: string;
  direction: "for" | "against";
  /** > 1: 1.5 weak, 3 moderate, 10 strong (SPEC §2). */
  likelihoodRatio: number;
  /** The day the indicator should have shown up by; it is overdue once that whole UTC day has passed. */
  expectedBy: number | null;
  /** Retired indicators keep a status for display but never count as evidence. */
  retired: boolean;
  /** `occurredAt` of every linked event, in any order, repeats allowed. */
  eventTimes: number[];
}

export interface PredictionFacts {
  analystId: string;
  createdAt: number;
  probabilities: Probabilities;
}

export interface EventFacts {
  id: string;
  occurredAt: number;
  title: string;
  indicatorIds: string[];
}

export interface ResolutionFacts {
  annulled: boolean;
  /** null exactly when annulled. */
  outcomeScenarioId: string | null;
  outcomeKnownAt: number;
  resolvedAt: number;
}

export type IndicatorStatus = "pending" | "observed" | "overdue";

export type AssessmentStatus =
  | "holding"
  | "contested"
  | "overtaken"
  | "borne_out"
  | "not_borne_out"
  | "annulled";
