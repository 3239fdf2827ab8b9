/**
 * Fixed line colours, each at least 4.5:1 against white (WCAG AA for text) so they also serve as
 * legend and tooltip text colour. The author always gets the first; the others cycle through the rest.
 */
export const AUTHOR_COLOR = "#1d4ed8";
export const ANALYST_COLORS = [
  "#b45309",
  "#047857",
  "#7e22ce",
  "#be123c",
  "#0e7490",
  "#4d7c0f",
  "#c2410c",
  "#a21caf",
  "#4338ca",
  "#0f766e",
] as const;
/** The team median: a thick slate line, unlike any one analyst. */
export const MEDIAN_COLOR = "#334155";
/** Near-black and dashed, unlike any analyst: the evidence is not a person. */
export const IMPLIED_COLOR = "#111827";
export const EVENT_COLOR = "#1c2430";
export const EVENT_ACTIVE_COLOR = "#1d4ed8";
export const CLOSES_COLOR = "#1c2430";
export const TODAY_COLOR = "#4b5563";
export const RESOLVED_COLOR = "#166534";
/** The scored window: a faint tint of a green that would pass as text (the palette test holds every colour to that), under the lines so they keep their contrast. */
export const SCORED_WINDOW_COLOR = "#15803d";
export const SCORED_WINDOW_OPACITY = 0.12;
export const GRID_COLOR = "#d7dce3";

export function analystColor(index: number): string {
  return ANALYST_COLORS[index % ANALYST_COLORS.length];
}
