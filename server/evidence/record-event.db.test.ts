import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { toErrorBody } from "@/lib/errors";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { recordEvent } from "./record-event";

useTempDatabase();

let bob: Persona;

beforeAll(async () => {
  bob = await persona("Bob", "analyst");
});

/** The SPEC §6 body the API would answer with. */
async function refusal(input: unknown, now = Date.now()) {
  try {
    await recordEvent(bob.actor, input, now);
  } catch (error) {
    return toErrorBody(error);
  }
  throw new Error("the event was recorded");
}

const eventsStored = async () => (await listAudit(getDb(), { entity: "event", limit: 1000 })).length;

describe("recording an event: refusals speak to people, and still name the field", () => {
  test("nothing given: the date and the title, and nothing stored", async () => {
    const before = await eventsStored();
    const { status, body } = await refusal({});
    expect(status).toBe(422);
    expect(body.error).toEqual({
      code: "validation_failed",
      message: "occurredAt: Enter a date. (and 1 more)",
      details: [
        { field: "occurredAt", message: "Enter a date." },
        { field: "title", message: "Say what happened, in a short title." },
      ],
    });
    expect(await eventsStored()).toBe(before);
  });

  test("a day not yet come", async () => {
    const now = Date.UTC(2026, 2, 3, 12);
    const { body } = await refusal({ occurredAt: "2026-03-04", title: "Tomorrow's attack" }, now);
    expect(body.error.details).toEqual([{ field: "occurredAt", message: "That day has not come yet: enter the day it happened." }]);
  });

  test("an unknown indicator is named by its place in the list", async () => {
    const { body } = await refusal({ occurredAt: "2021-10-10", title: "Election day", indicatorIds: ["nope"] });
    expect(body.error.details).toEqual([{ field: "indicatorIds.0", message: "This indicator does not exist." }]);
  });
});
