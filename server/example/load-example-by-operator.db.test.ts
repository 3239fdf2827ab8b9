import { expect, test } from "vitest";
import { getDb } from "@/db/client";
import { getUser } from "@/db/queries/users";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { useTempDatabase } from "@/tests/support/temp-db";
import { listForecasts } from "../forecasts/list-forecasts";
import { loadExampleWorkspace } from "./load-example";

useTempDatabase();

const NOW = Date.parse("2026-11-25T12:00:00Z");

// `npm run cli -- demo:load` acts as the operator, who is no person: the practice forecast meant for
// the loader goes to the example analyst instead, and every open forecast still closes after NOW.
test("loaded from the command line, every open example forecast has an example analyst as author", async () => {
  const { forecasts } = await loadExampleWorkspace(SYSTEM_ACTOR, NOW);
  const { items } = await listForecasts(SYSTEM_ACTOR, { limit: 50 }, NOW);
  expect(items).toHaveLength(forecasts);
  const open = items.filter((f) => f.status === "open");
  expect(open).toHaveLength(2);
  for (const f of open) {
    expect(Date.parse(f.closesAt)).toBeGreaterThan(NOW);
    expect((await getUser(getDb(), f.authorId))?.email).toBe("example.analyst@signpost.example");
  }
});
