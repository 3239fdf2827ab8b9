import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { team } from "@/db/schema";
import { eq } from "drizzle-orm";
import { addIndicator } from "@/server/evidence/add-indicator";
import { recordEvent } from "@/server/evidence/record-event";
import { addPrediction } from "@/server/forecasts/add-prediction";
import { createForecast } from "@/server/forecasts/create-forecast";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createTeam, setMembership } from "@/server/teams/manage-teams";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { markInboxRead, readInbox, unreadCount } from "./inbox";

useTempDatabase();

const DAY = 86_400_000;
const T0 = Date.UTC(2027, 0, 4, 9); // a Monday, 09:00 UTC: every clock below is fixed from it
const at = (days: number) => T0 + days * DAY;

let ada: Persona;
let bob: Persona;
let rex: Persona;
let mia: Persona;
let max: Persona;
let forecastId: string;
let yes: string;
let no: string;

const inbox = (p: Persona, days: number, unread = false) => readInbox(p.actor, { unread, limit: 50 }, at(days));
const kinds = async (p: Persona, days: number) => (await inbox(p, days)).items.map((i) => i.kind);

beforeAll(async () => {
  [ada, bob, rex, mia, max] = await Promise.all([persona("Ada", "analyst"), persona("Bob", "analyst"), persona("Rex", "reviewer"), persona("Mia", "manager"), persona("Max", "manager")]);
  const desk = await createTeam(SYSTEM_ACTOR, { name: "Iraq desk" }, T0);
  await getDb().update(team).set({ staleDays: 14 }).where(eq(team.id, desk.id));
  for (const member of [ada, bob, mia]) await setMembership(SYSTEM_ACTOR, { teamId: desk.id, userId: member.actor.id }, true, T0);
  const created = await createForecast(ada.actor, forecastInput({ teamId: desk.id, closesAt: new Date(at(20)).toISOString() }), T0);
  forecastId = created.id;
  [yes, no] = created.scenarios.map((s) => s.id);
  await addPrediction(bob.actor, forecastId, { probabilities: { [yes]: 40, [no]: 60 } }, at(1));
});

describe("the inbox on fixed clocks", () => {
  test("the author hears of Bob's prediction", async () => {
    const items = (await inbox(ada, 1)).items;
    expect(items.find((i) => i.kind === "prediction")?.text).toContain("Bob");
  });

  test("new evidence since Bob's last prediction is named, and goes when he predicts again", async () => {
    expect(await kinds(bob, 2)).not.toContain("new_evidence");
    const indicator = await addIndicator(ada.actor, forecastId, { scenarioId: no, description: "A lethal attack on US forces", direction: "for", likelihoodRatio: 3 }, at(2));
    await recordEvent(ada.actor, { occurredAt: new Date(at(2)).toISOString().slice(0, 10), title: "Drone attack on Erbil airport", indicatorIds: [indicator.id] }, at(2) + 1000);
    const evidence = (await inbox(bob, 3)).items.find((i) => i.kind === "new_evidence")!;
    expect(evidence.text).toContain("Drone attack on Erbil airport");
    expect(evidence.href).toBe(`/forecasts/${forecastId}#events-heading`);
    await addPrediction(bob.actor, forecastId, { probabilities: { [yes]: 30, [no]: 70 } }, at(4));
    expect(await kinds(bob, 4)).not.toContain("new_evidence");
  });

  test("stale after the team's 14 days, gone after a new prediction", async () => {
    expect(await kinds(bob, 18)).not.toContain("stale");
    expect(await kinds(bob, 18.5)).toContain("stale");
    await addPrediction(bob.actor, forecastId, { probabilities: { [yes]: 35, [no]: 65 } }, at(18.6));
    expect(await kinds(bob, 18.7)).not.toContain("stale");
  });

  test("a reviewer sees the resolution due once the horizon passes", async () => {
    expect(await kinds(rex, 19)).not.toContain("resolution_due");
    const due = (await inbox(rex, 21)).items.find((i) => i.kind === "resolution_due")!;
    expect(due.href).toBe(`/forecasts/${forecastId}#resolve-heading`);
  });

  test("overdue by more than 7 days: escalated to the team's managers only", async () => {
    expect(await kinds(mia, 27)).not.toContain("escalated");
    expect(await kinds(mia, 28)).toContain("escalated");
    expect(await kinds(max, 28)).not.toContain("escalated");
    expect((await inbox(rex, 28)).items.find((i) => i.kind === "resolution_due")!.text).toContain("escalated");
  });

  test("marked read one by one, then all at once", async () => {
    const first = await inbox(ada, 10, true);
    expect(first.unread).toBeGreaterThan(1);
    const [one] = first.items;
    await markInboxRead(ada.actor, { ids: [one.id] }, at(10));
    expect(await unreadCount(ada.actor, at(10))).toBe(first.unread - 1);
    expect((await inbox(ada, 10)).items.find((i) => i.id === one.id)!.read).toBe(true);
    await markInboxRead(ada.actor, {}, at(10));
    expect(await unreadCount(ada.actor, at(10))).toBe(0);
    expect((await inbox(ada, 10, true)).items).toEqual([]);
  });

  test("pages newest first with a cursor, no item twice", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await readInbox(ada.actor, { unread: false, limit: 1, cursor }, at(10));
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = (await inbox(ada, 10)).items.map((i) => i.id);
    expect(seen).toEqual(all);
  });
});
