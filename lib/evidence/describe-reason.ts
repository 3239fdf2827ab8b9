import type { AssessmentReason } from "./assessment";

/**
 * One plain-English line for the assessment's reason, e.g. "An indicator against the baseline was
 * observed on 7 Nov 2021: …". The date format is the caller's (locale, time zone). There is no
 * closing full stop because an indicator description may already end with one.
 */
export function describeReason(reason: AssessmentReason, formatDate: (ms: number) => string): string {
  switch (reason.kind) {
    case "no_contrary_evidence":
      return "No indicator pointing away from the baseline has been observed";
    case "contrary_indicator": {
      const which =
        reason.direction === "against" ? "against the baseline" : `for the alternative “${reason.label}”`;
      return `An indicator ${which} was observed on ${formatDate(reason.observedAt)}: ${reason.description}`;
    }
    case "overtaken": {
      const [rival, baseline] = percentPair(reason.implied, reason.baselineImplied);
      return `“${reason.label}” now outweighs the baseline (${rival} vs ${baseline})`;
    }
    case "resolved": {
      const known = formatDate(reason.outcomeKnownAt);
      return reason.borneOut
        ? `The outcome was the baseline, “${reason.label}” (known ${known})`
        : `The outcome was the alternative “${reason.label}” (known ${known})`;
    }
    case "annulled":
      return `The forecast was annulled (known ${formatDate(reason.outcomeKnownAt)})`;
  }
}

/** Whole percentages, unless rounding would make the two look equal when one is ahead. */
function percentPair(a: number, b: number): [string, string] {
  let decimals = 0;
  while (decimals < 2 && a.toFixed(decimals) === b.toFixed(decimals)) decimals++;
  return [`${a.toFixed(decimals)}%`, `${b.toFixed(decimals)}%`];
}
