import { describe, expect, it } from "vitest";
import { indicatorStatusAt } from "./indicator-status";
import type { IndicatorFacts } from "./types";

const at = (iso: string) => Date.parse(iso);

function indicator(overrides: Partial<IndicatorFacts> = {}): IndicatorFacts {
  return {
    id: "i1",
    scenarioId: "a",
    description: "Rocket attack on a US base",
    direction: "for",
    likelihoodRatio: 3,
    expectedBy: null,
    retired: false,
    eventTimes: [],
    ...overrides,
  };
}

describe("indicatorStatusAt", () => {
  it("is pending with no linked event and no expectedBy", () => {
    expect(indicatorStatusAt(indicator(), at("2021-11-07T12:00Z"))).toEqual({ status: "pending", observedAt: null });
  });

  it("is pending while its only event is still in the future", () => {
    const ind = indicator({ eventTimes: [at("2021-11-08T00:00Z")] });
    expect(indicatorStatusAt(ind, at("2021-11-07T23:59:59.999Z"))).toEqual({ status: "pending", observedAt: null });
  });

  it("is observed from the very moment of its event", () => {
    const t = at("2021-11-07T09:30Z");
    expect(indicatorStatusAt(indicator({ eventTimes: [t] }), t)).toEqual({ status: "observed", observedAt: t });
  });

  it("dates the observation from the earliest linked event, whatever the order", () => {
    const [d1, d2, d3] = [at("2021-11-01T00:00Z"), at("2021-11-03T00:00Z"), at("2021-11-05T00:00Z")];
    const ind = indicator({ eventTimes: [d3, d1, d2, d1] });
    expect(indicatorStatusAt(ind, d2)).toEqual({ status: "observed", observedAt: d1 });
  });

  describe("expectedBy: the whole named UTC day is allowed", () => {
    // expectedBy 10 Oct 2021 (given at midday): late from 11 Oct 00:00 UTC.
    const ind = indicator({ expectedBy: at("2021-10-10T12:00Z") });

    it.each([
      ["the morning of the day", "2021-10-10T00:00Z", "pending"],
      ["the last millisecond of the day", "2021-10-10T23:59:59.999Z", "pending"],
      ["the next midnight", "2021-10-11T00:00Z", "overdue"],
      ["a month later", "2021-11-10T00:00Z", "overdue"],
    ])("at %s it is %s", (_label, iso, status) => {
      expect(indicatorStatusAt(ind, at(iso)).status).toBe(status);
    });
  });

  it("turns from overdue to observed when a late event arrives", () => {
    const ind = indicator({ expectedBy: at("2021-10-10T00:00Z"), eventTimes: [at("2021-10-20T00:00Z")] });
    expect(indicatorStatusAt(ind, at("2021-10-15T00:00Z"))).toEqual({ status: "overdue", observedAt: null });
    expect(indicatorStatusAt(ind, at("2021-10-21T00:00Z"))).toEqual({
      status: "observed",
      observedAt: at("2021-10-20T00:00Z"),
    });
  });

  it("still reports a status for a retired indicator", () => {
    const ind = indicator({ retired: true, eventTimes: [at("2021-10-20T00:00Z")] });
    expect(indicatorStatusAt(ind, at("2021-10-21T00:00Z")).status).toBe("observed");
    const late = indicator({ retired: true, expectedBy: at("2021-10-10T00:00Z") });
    expect(indicatorStatusAt(late, at("2021-10-21T00:00Z")).status).toBe("overdue");
  });
});
