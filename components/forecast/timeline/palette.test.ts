import { expect, test } from "vitest";
import * as palette from "./palette";

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

const named = Object.entries(palette).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as const] : []));
const colours = [...named, ...palette.ANALYST_COLORS.map((c, i) => [`ANALYST_COLORS[${i}]`, c] as const)];

test.each(colours.filter(([name]) => name !== "GRID_COLOR"))("%s (%s) reads as text on white (AA, 4.5:1)", (_name, hex) => {
  expect(contrastOnWhite(hex)).toBeGreaterThanOrEqual(4.5);
});

test("analysts never share the author's or the evidence's colour", () => {
  expect(palette.ANALYST_COLORS).not.toContain(palette.AUTHOR_COLOR);
  expect(palette.ANALYST_COLORS).not.toContain(palette.IMPLIED_COLOR);
  expect(new Set(palette.ANALYST_COLORS).size).toBe(palette.ANALYST_COLORS.length);
});

test("analyst colours cycle", () => {
  expect(palette.analystColor(palette.ANALYST_COLORS.length)).toBe(palette.analystColor(0));
});
