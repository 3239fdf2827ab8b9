import { describe, expect, test } from "vitest";
import { formatTick, timeTicks } from "./ticks";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const labels = (lo: number, hi: number) => {
  const { unit, ticks } = timeTicks(lo, hi);
  return ticks.map((t) => formatTick(t, unit));
};

describe("timeTicks", () => {
  test("a long span gets month ticks, labelled with the year", () => {
    expect(labels(day("2021-07-15"), day("2022-01-10"))).toEqual([
      "Aug 2021",
      "Sept 2021",
      "Oct 2021",
      "Nov 2021",
      "Dec 2021",
      "Jan 2022",
    ]);
  });

  test("a span of years steps by whole quarters or more, on calendar boundaries", () => {
    const { unit, ticks } = timeTicks(day("2019-02-01"), day("2023-11-30"));
    expect(unit).toBe("month");
    expect(ticks.length).toBeLessThanOrEqual(8);
    for (const t of ticks) expect([0, 6]).toContain(new Date(t).getUTCMonth());
  });

  test("a month starting exactly at the low end is a tick", () => {
    expect(timeTicks(day("2021-08-01"), day("2021-12-01")).ticks[0]).toBe(day("2021-08-01"));
  });

  test("a short span gets day ticks such as 7 Nov", () => {
    expect(labels(day("2021-11-05"), day("2021-11-09"))).toEqual(["5 Nov", "6 Nov", "7 Nov", "8 Nov", "9 Nov"]);
  });

  test("never more than eight ticks", () => {
    for (const days of [1, 9, 30, 60, 89, 90, 400, 4000]) {
      const lo = day("2021-01-01") + 3_600_000;
      expect(timeTicks(lo, lo + days * 86_400_000).ticks.length).toBeLessThanOrEqual(8);
    }
  });

  test("falls back to the ends when no whole day fits inside", () => {
    const lo = day("2021-11-07") + 3_600_000;
    expect(timeTicks(lo, lo + 60_000).ticks).toEqual([lo, lo + 60_000]);
    expect(timeTicks(lo, lo).ticks).toEqual([lo]);
  });
});
