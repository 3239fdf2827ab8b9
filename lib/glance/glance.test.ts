import { describe, expect, test } from "vitest";
import { closesIn, glanceOf, SPARKLINE_DAYS } from "./glance";

const DAY = 86_400_000;
const NOW = Date.UTC(2027, 0, 20, 12);
const yesNo = (yes: number) => ({ yes, no: Math.round((100 - yes) * 10) / 10 });
const base = { scenarioIds: ["yes", "no"], baselineId: "yes", authorId: "ada", impliedBaseline: 50, now: NOW };

describe("glanceOf", () => {
  test("the author's standing number and everyone's median, with how it moved this week", () => {
    const glance = glanceOf({
      ...base,
      predictions: [
        { analystId: "ada", createdAt: NOW - 30 * DAY, probabilities: yesNo(80) },
        { analystId: "bob", createdAt: NOW - 20 * DAY, probabilities: yesNo(40) },
        { analystId: "ada", createdAt: NOW - 2 * DAY, probabilities: yesNo(60) },
        { analystId: "cid", createdAt: NOW - DAY, probabilities: yesNo(70) },
      ],
    });
    expect(glance.author).toBe(60);
    expect(glance.median).toBe(60); // median of 60, 40, 70
    expect(glance.changeThisWeek).toBe(0); // a week ago: ada 80, bob 40 → 60; now 60
    expect(glance.contested).toBe(10); // 60 stated against 50 implied
    expect(glance.sparkline).toHaveLength(SPARKLINE_DAYS);
    expect(glance.sparkline[0]).toBeNull();
    expect(glance.sparkline.at(-1)).toBe(60);
  });

  test("no predictions: no numbers", () => {
    expect(glanceOf({ ...base, predictions: [] })).toMatchObject({ author: null, median: null, changeThisWeek: 0, contested: 0 });
  });
});

test.each([
  [NOW + 12 * DAY, "closes in 12 days"],
  [NOW + DAY, "closes in 1 day"],
  [NOW + 3600_000, "closes today"],
  [NOW - 3 * DAY, "closed 3 days ago"],
])("closesIn %s", (closesAt, words) => {
  expect(closesIn(closesAt, NOW)).toBe(words);
});
