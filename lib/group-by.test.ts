import { expect, test } from "vitest";
import { groupBy } from "./group-by";

test("groups by key and keeps each group's order", () => {
  const grouped = groupBy([{ k: "a", n: 1 }, { k: "b", n: 2 }, { k: "a", n: 3 }], (x) => x.k);
  expect([...grouped.entries()]).toEqual([
    ["a", [{ k: "a", n: 1 }, { k: "a", n: 3 }]],
    ["b", [{ k: "b", n: 2 }]],
  ]);
});
