import { describe, expect, test } from "vitest";
import { LABEL_GAP, estimatedWidth, placeLabels, type LabelRequest, type PlacedLabel } from "./reference-labels";

// A plot from x = 48 (just right of the y axis and its "100%") to x = 600.
const LEFT = 48;
const RIGHT = 600;

const label = (key: string, x: number, width = 40): LabelRequest => ({ key, x, width });
const lefts = (placed: PlacedLabel[]) => Object.fromEntries(placed.map((p) => [p.key, p.left]));

function expectApart(placed: PlacedLabel[]): void {
  const byLeft = [...placed].sort((a, b) => a.left - b.left);
  for (let i = 1; i < byLeft.length; i++) expect(byLeft[i].left).toBeGreaterThanOrEqual(byLeft[i - 1].left + byLeft[i - 1].width + LABEL_GAP);
  for (const p of placed) {
    expect(p.left).toBeGreaterThanOrEqual(LEFT);
    expect(p.left + p.width).toBeLessThanOrEqual(RIGHT);
  }
}

describe("placing the reference lines' labels", () => {
  test.each([
    ["far apart: each centred on its line", [label("closes", 300), label("today", 500)], { closes: 280, today: 480 }],
    ["today on the plot's left edge: kept right of the y axis", [label("today", 50)], { today: LEFT }],
    ["closes on the plot's right edge: kept inside", [label("closes", 598)], { closes: RIGHT - 40 }],
  ])("%s", (_name, requests, expected) => {
    const placed = placeLabels(requests, LEFT, RIGHT);
    expect(lefts(placed)).toEqual(expected);
    expectApart(placed);
  });

  test("three lines a few pixels apart (closed, resolved, today) are spread into one row without touching", () => {
    const placed = placeLabels([label("today", 304, 40), label("closes", 300, 48), label("resolved", 302, 64)], LEFT, RIGHT);
    expect(placed.map((p) => p.key)).toEqual(["closes", "resolved", "today"]);
    expectApart(placed);
  });

  test("lines crowded against the right edge are pushed back left, still in order", () => {
    const placed = placeLabels([label("closes", 590, 48), label("resolved", 595, 64), label("today", 599, 40)], LEFT, RIGHT);
    expect(placed.map((p) => p.key)).toEqual(["closes", "resolved", "today"]);
    expect(placed[2].left + placed[2].width).toBe(RIGHT);
    expectApart(placed);
  });

  test("a label's width is estimated generously from its text", () => {
    expect(estimatedWidth("Today")).toBeGreaterThanOrEqual(36);
    expect(estimatedWidth("Resolved")).toBeGreaterThan(estimatedWidth("Closes"));
  });
});
