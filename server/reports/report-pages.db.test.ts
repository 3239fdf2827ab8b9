import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { writeScale } from "@/db/queries/scale";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { createReport } from "./create-report";
import { reportPage } from "./report-pages";

useTempDatabase();

let ada: Persona;
beforeAll(async () => {
  ada = await persona("Ada", "analyst");
});

const NOW = Date.parse("2025-06-02T12:00:00Z");
const body = "The coalition will likely survive the vote. There is a realistic possibility of a ceasefire by 2027. We judge the militias were not ordered to escalate. The regime will collapse.";

describe("the report page reads its judgments on the installation's scale", () => {
  test("on PHIA, 'likely' is PHIA's 65 and PHIA's own word names no other scale; the bare forecast waits apart", async () => {
    const report = await createReport(ada.actor, { title: "Scales", authors: "", publishedAt: "2025-06-01", url: "", body }, NOW);
    await writeScale(getDb(), "phia");
    try {
      const page = await reportPage(ada.actor, report.id, NOW);
      expect(page.judgments.map((j) => [j.group, j.probability, j.wordScale])).toEqual([
        ["estimate", 65, null],
        ["estimate", 45, null],
        ["needs-number", null, null],
      ]);
      expect(page.unhedged.map((j) => j.sentence)).toEqual(["The regime will collapse."]);
    } finally {
      await writeScale(getDb(), "icd203");
    }
    const page = await reportPage(ada.actor, report.id, NOW);
    expect(page.judgments.map((j) => [j.probability, j.wordScale])).toEqual([[67.5, null], [45, "phia"], [null, null]]);
  });
});
