import { describe, expect, test } from "vitest";
import { describeFilterProblem } from "./filter-problem";

describe("describeFilterProblem", () => {
  test("names each field by its label on the form", () => {
    expect(describeFilterProblem([{ field: "to", message: "must not be before “from”: the date range is empty" }], { to: "To date" })).toBe(
      "Check the filters. To date: must not be before “from”: the date range is empty.",
    );
  });

  test("keeps a field's own name when the form has no label for it", () => {
    expect(describeFilterProblem([{ field: "cursor", message: "is not a cursor this API gave out" }], {})).toBe("Check the filters. cursor: is not a cursor this API gave out.");
  });
});
