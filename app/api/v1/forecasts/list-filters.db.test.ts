import { beforeAll, describe, expect, test } from "vitest";
import { withTransaction } from "@/db/client";
import { resolution } from "@/db/schema";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { forecastFilterChoices } from "@/server/forecasts/list-filters";
import { GET, POST } from "./route";

useTempDatabase();

let ada: Persona;
let bo: Persona;
const ids: Record<string, string> = {};

async function create(who: Persona, key: string, overrides: Record<string, unknown>) {
  const { status, body } = await call(POST, "POST", { token: who.token, body: forecastInput(overrides) });
  expect(status).toBe(201);
  ids[key] = body.id;
}

async function list(query: Record<string, string>): Promise<{ titles: string[]; ids: string[]; nextCursor: string | null; status: number; body: any }> {
  const { status, body } = await call(GET, "GET", { token: ada.token, query });
  const items: { id: string; title: string }[] = body.items ?? [];
  return { status, body, titles: items.map((i) => i.title), ids: items.map((i) => i.id), nextCursor: body.nextCursor ?? null };
}

/** Resolutions have no use case yet (issue 12): written here as a reviewer's would be. */
async function resolve(forecastId: string, annulled: boolean) {
  const { body } = await call(GET, "GET", { token: ada.token, query: { limit: "200" } });
  const forecast = body.items.find((i: { id: string }) => i.id === forecastId);
  await withTransaction(async (tx) => {
    await tx.insert(resolution).values({
      forecastId,
      outcomeScenarioId: annulled ? null : forecast.scenarios[0].id,
      annulled,
      outcomeKnownAt: Date.now(),
      rationale: "test",
      resolverId: null,
      createdAt: Date.now(),
    });
  });
}

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bo = await persona("Bo", "analyst");
  await create(ada, "erbil", { title: "Drone attack on Erbil airport before the elections", statement: "Militias strike the airport.", tags: ["iraq", "drones"] });
  await create(bo, "statementOnly", { title: "Harassing attacks continue", statement: "Another drone hits a base near Erbil.", tags: ["iraq"] });
  await create(ada, "unrelated", { title: "Turnout above forty percent", statement: "Iraq's October elections draw a larger crowd.", tags: ["elections", "rare-tag"] });
  await create(bo, "resolved", { title: "Coalition combat mission ends", statement: "The mission ends by December.", tags: ["iraq"] });
  await create(bo, "annulled", { title: "Talks resume", statement: "Talks resume in Vienna.", tags: ["iran"] });
  await resolve(ids.resolved, false);
  await resolve(ids.annulled, true);
});

describe("GET /api/v1/forecasts?q= searches by words, on an index", () => {
  test("words in any order and any case find the forecast: 'erbil drone'", async () => {
    expect((await list({ q: "erbil drone" })).ids).toContain(ids.erbil);
    expect((await list({ q: "DRONE Erbil" })).ids).toContain(ids.erbil);
  });

  test("a word's beginning is enough ('dro' finds 'Drone'), every word must be there", async () => {
    expect((await list({ q: "dro erb" })).ids).toEqual(expect.arrayContaining([ids.erbil, ids.statementOnly]));
    expect((await list({ q: "erbil turnout" })).ids).toEqual([]);
  });

  test("title hits come before statement hits, then newest first", async () => {
    const { ids: found } = await list({ q: "erbil drone" });
    expect(found).toEqual([ids.erbil, ids.statementOnly]);
  });

  test("punctuation is not syntax: quotes, stars and colons are only separators", async () => {
    expect((await list({ q: '"erbil" * : (drone)' })).ids).toEqual([ids.erbil, ids.statementOnly]);
    expect((await list({ q: "!!!" })).status).toBe(200);
  });

  test("a search pages by cursor without losing or repeating a forecast", async () => {
    const firstPage = await list({ q: "erbil", limit: "1" });
    expect(firstPage.ids).toEqual([ids.erbil]);
    const secondPage = await list({ q: "erbil", limit: "1", cursor: firstPage.nextCursor! });
    expect(secondPage.ids).toEqual([ids.statementOnly]);
    expect(secondPage.nextCursor).toBeNull();
  });
});

describe("status and tag filters read what the database keeps", () => {
  test("resolved and annulled follow the resolution rows", async () => {
    expect((await list({ status: "resolved" })).ids).toEqual([ids.resolved]);
    expect((await list({ status: "annulled" })).ids).toEqual([ids.annulled]);
    expect((await list({ status: "open" })).ids).not.toContain(ids.resolved);
    expect((await list({ status: "open" })).ids).toContain(ids.erbil);
  });

  test("a tag lists its forecasts newest first, paged by cursor", async () => {
    const all = await list({ tag: "iraq" });
    expect(all.ids).toEqual([ids.resolved, ids.statementOnly, ids.erbil]);
    const firstPage = await list({ tag: "iraq", limit: "2" });
    const secondPage = await list({ tag: "IRAQ", limit: "2", cursor: firstPage.nextCursor! });
    expect([...firstPage.ids, ...secondPage.ids]).toEqual(all.ids);
    expect((await list({ tag: "rare-tag" })).ids).toEqual([ids.unrelated]);
  });

  test("filters combine: tag, status and words", async () => {
    expect((await list({ tag: "iraq", status: "open", q: "drone" })).ids).toEqual([ids.erbil, ids.statementOnly]);
  });
});

describe("the author filter takes a name as typed", () => {
  test("the beginning of a name finds that author's forecasts", async () => {
    expect((await list({ author: "ada" })).ids).toEqual([ids.unrelated, ids.erbil]);
    expect((await list({ author: "bo" })).ids).toEqual([ids.annulled, ids.resolved, ids.statementOnly]);
  });

  test("a name nobody has finds nothing, rather than everything", async () => {
    expect((await list({ author: "zzz" })).ids).toEqual([]);
  });
});

describe("the tag filter's counts are kept by the database, not counted on each view", () => {
  test("each tag with how many forecasts carry it", async () => {
    const { tags } = await forecastFilterChoices();
    expect(tags).toEqual([
      { tag: "drones", n: 1 },
      { tag: "elections", n: 1 },
      { tag: "iran", n: 1 },
      { tag: "iraq", n: 3 },
      { tag: "rare-tag", n: 1 },
    ]);
    await create(ada, "another", { tags: ["iraq"] });
    expect((await forecastFilterChoices()).tags.find((t) => t.tag === "iraq")).toEqual({ tag: "iraq", n: 4 });
  });
});
