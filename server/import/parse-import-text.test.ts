import { describe, expect, test } from "vitest";
import { parseImportText } from "./parse-import-text";

const pace = async () => {};

describe("parseImportText: the import body a forecast at a time, the same as JSON.parse", () => {
  test.each([
    ["a plain body", { forecasts: [{ title: "a" }, { title: "b", predictions: [[1, 2], { x: "]" }] }] }],
    ["strings with brackets, braces, commas and escaped quotes", { forecasts: [{ title: 'a [b] {c}, "d" \\ e' }, "text, with comma", 3, null] }],
    ["other keys around the list", { before: [1, { forecasts: [9] }], forecasts: [{ a: 1 }], after: { forecasts: [] } }],
    ["an empty list", { forecasts: [] }],
    ["a repeated key: the last one wins, as in JSON.parse", JSON.parse('{"forecasts": [1], "forecasts": [2, 3]}')],
    ["no forecasts key", { items: [1] }],
  ])("%s", async (_, value) => {
    const text = JSON.stringify(value, null, 1);
    expect(await parseImportText(text, pace)).toEqual(JSON.parse(text));
  });

  test("a repeated key in the text itself", async () => {
    const text = '{"forecasts": [1], "forecasts": [2, 3]}';
    expect(await parseImportText(text, pace)).toEqual({ forecasts: [2, 3] });
  });

  test("not an object, or not JSON: JSON.parse's answer or a 400 naming the problem", async () => {
    expect(await parseImportText("[1, 2]", pace)).toEqual([1, 2]);
    await expect(parseImportText('{"forecasts": [{"a": 1},]}', pace)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^The import is not valid JSON \(/) });
    for (const broken of ['{"forecasts": [{"a": 1}', '{"forecasts": [, 1]}', '{"forecasts": [1,, 2]}', '{"forecasts": [1 2]}', '{"forecasts": [1]} {"x": 2}']) {
      await expect(parseImportText(broken, pace), broken).rejects.toMatchObject({ status: 400 });
    }
    await expect(parseImportText("  ", pace)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/empty/) });
  });

  test("gives the event loop back while it works through a large body", async () => {
    const text = JSON.stringify({ forecasts: Array.from({ length: 3000 }, (_, i) => ({ title: `forecast ${i}`, padding: "x".repeat(400) })) });
    let paces = 0;
    const parsed = (await parseImportText(text, async () => void paces++)) as { forecasts: unknown[] };
    expect(parsed.forecasts).toHaveLength(3000);
    expect(paces).toBeGreaterThanOrEqual(3000);
  });
});
