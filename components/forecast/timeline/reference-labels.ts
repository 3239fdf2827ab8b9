/**
 * Where the names of the chart's vertical reference lines ("Closes", "Resolved", "Today") go: in
 * one row above the plot, each centred on its line where there is room, pushed aside where two
 * would touch, and kept between the plot's left and right edges, so a name never covers the y
 * axis's "100%" nor another name.
 */
export interface LabelRequest {
  key: string;
  /** The line's x, in pixels. */
  x: number;
  /** The label's width, in pixels. */
  width: number;
}

export interface PlacedLabel extends LabelRequest {
  /** The label's left edge, in pixels. */
  left: number;
}

/** Pixels between two labels. */
export const LABEL_GAP = 8;
/** Generous per-character width of 12 px Inter (its capitals run to about 8 px), so an estimate never falls short. */
const CHAR_WIDTH = 8;

/** A label's width estimated from its text: the chart lays out before it can measure. */
export function estimatedWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

/**
 * Lays the labels out left to right between `minLeft` and `maxRight`. Each starts centred on its
 * line, then is pushed right past its left neighbour, then back left where the row overruns the
 * right edge. When they cannot all fit (a plot narrower than their widths together), the left
 * edge wins and the last ones overlap.
 */
export function placeLabels(requests: readonly LabelRequest[], minLeft: number, maxRight: number): PlacedLabel[] {
  const placed = [...requests]
    .sort((a, b) => a.x - b.x)
    .map((r) => ({ ...r, left: clamp(r.x - r.width / 2, minLeft, maxRight - r.width) }));
  for (let i = 1; i < placed.length; i++) {
    placed[i].left = Math.max(placed[i].left, placed[i - 1].left + placed[i - 1].width + LABEL_GAP);
  }
  for (let i = placed.length - 1; i >= 0; i--) {
    const limit = i === placed.length - 1 ? maxRight : placed[i + 1].left - LABEL_GAP;
    placed[i].left = Math.max(minLeft, Math.min(placed[i].left, limit - placed[i].width));
  }
  return placed;
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(value, hi));
}
