import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { storedItemsOf } from "@/db/queries/inbox";
import { editComment } from "@/server/comments/edit-comment";
import { call } from "@/tests/support/api";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST as createForecast } from "../../route";
import { GET, POST } from "./route";
import { PATCH } from "./[commentId]/route";

useTempDatabase();

let ada: Persona;
let bob: Persona;
let mia: Persona;
let forecastId: string;

beforeAll(async () => {
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  mia = await persona("Mia", "manager");
  forecastId = (await call(createForecast, "POST", { token: ada.token, body: forecastInput() })).body.id;
});

const post = (token: string, body: unknown) => call(POST, "POST", { token, body, params: { id: forecastId } });
const list = async () => (await call(GET, "GET", { token: mia.token, params: { id: forecastId } })).body.items;

describe("comments on a forecast", () => {
  test("anyone who may read comments; replies are one level deep; the author is told", async () => {
    const first = await post(bob.token, { body: "See https://example.org/report for the new figures." });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ authorId: bob.actor.id, body: "See https://example.org/report for the new figures.", replyTo: null });
    const reply = await post(mia.token, { body: "Thanks.", replyTo: first.body.id });
    expect(reply.status).toBe(201);
    expect(reply.body.replyTo).toBe(first.body.id);
    const items = await list();
    expect(items.map((c: { id: string }) => c.id)).toEqual([first.body.id, reply.body.id]);
    expect(Object.keys(items[0]).sort()).toEqual(["at", "authorId", "body", "editedAt", "id", "replyTo"]);
    const adaTold = await storedItemsOf(getDb(), { userId: ada.actor.id, unreadOnly: true, limit: 10 });
    expect(adaTold.filter((i) => i.kind === "comment").length).toBe(2);
    const bobTold = await storedItemsOf(getDb(), { userId: bob.actor.id, unreadOnly: true, limit: 10 });
    expect(bobTold.map((i) => i.text)).toContainEqual(expect.stringContaining("answered a comment"));

    const nested = await post(ada.token, { body: "Deeper", replyTo: reply.body.id });
    expect(nested.status).toBe(422);
    expect(nested.body.error.details[0].field).toBe("replyTo");
    expect((await list()).length).toBe(2);
  });

  test.each([
    ["an empty body", { body: "  " }, "body"],
    ["a body over 5,000 characters", { body: "x".repeat(5001) }, "body"],
    ["a reply to an unknown comment", { body: "hi", replyTo: "nope" }, "replyTo"],
  ])("%s: 422 naming the field, nothing stored", async (_label, body, field) => {
    const before = (await list()).length;
    const response = await post(bob.token, body);
    expect(response.status).toBe(422);
    expect(response.body.error.details[0].field).toBe(field);
    expect((await list()).length).toBe(before);
  });

  test("its author edits a comment within 10 minutes, audited; nobody else, and not later", async () => {
    const { body: posted } = await post(bob.token, { body: "Typo hree" });
    const byOther = await call(PATCH, "PATCH", { token: ada.token, body: { body: "Vandalised" }, params: { id: forecastId, commentId: posted.id } });
    expect(byOther.status).toBe(403);
    const edited = await call(PATCH, "PATCH", { token: bob.token, body: { body: "Typo here" }, params: { id: forecastId, commentId: posted.id } });
    expect(edited.status).toBe(200);
    expect(edited.body.body).toBe("Typo here");
    const audit = await listAudit(getDb(), { entity: "comment", limit: 20 });
    expect(audit.find((a) => a.action === "comment.edit" && a.entityId === posted.id)).toMatchObject({ before: JSON.stringify({ body: "Typo hree" }) });
    const eleventhMinute = Date.parse(posted.at) + 11 * 60_000;
    await expect(editComment(bob.actor, forecastId, posted.id, { body: "Too late" }, eleventhMinute)).rejects.toMatchObject({ status: 409 });
    expect((await list()).find((c: { id: string }) => c.id === posted.id).body).toBe("Typo here");
  });

  test("an unknown forecast: 404", async () => {
    expect((await call(GET, "GET", { token: bob.token, params: { id: "nope" } })).status).toBe(404);
    expect((await call(POST, "POST", { token: bob.token, body: { body: "x" }, params: { id: "nope" } })).status).toBe(404);
  });
});
