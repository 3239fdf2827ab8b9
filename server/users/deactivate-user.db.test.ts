import { isAPIError } from "better-auth/api";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { getUser } from "@/db/queries/users";
import { ACCOUNT_DEACTIVATED, getAuth } from "@/server/auth/better-auth";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { actorFromRequest } from "../actor";
import { createForecast } from "../forecasts/create-forecast";
import { listForecasts } from "../forecasts/list-forecasts";
import { forecastListQuerySchema } from "@/lib/validation/forecast-list";
import { deactivateUser } from "./deactivate-user";
import { reactivateUser } from "./reactivate-user";
import { setPassword } from "./set-password";

useTempDatabase();

let root: Persona;
let ada: Persona;
let bob: Persona;
const PASSWORD = "ada-password-1";

beforeAll(async () => {
  root = await persona("Root", "admin");
  ada = await persona("Ada", "analyst");
  bob = await persona("Bob", "analyst");
  await setPassword(root.actor, ada.actor.id, { password: PASSWORD }, Date.now());
});

async function browserSignIn(): Promise<string> {
  const { headers } = await (await getAuth(null)).api.signInEmail({ body: { email: ada.actor.email, password: PASSWORD }, returnHeaders: true });
  return headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

const sessionOf = async (cookie: string) => (await getAuth(null)).api.getSession({ headers: new Headers({ cookie }) });
const withToken = (token: string) => actorFromRequest(new Request("http://signpost.test/api/v1/forecasts", { headers: { authorization: `Bearer ${token}` } }));

async function signInError(): Promise<unknown> {
  return browserSignIn().then(
    () => null,
    (error: unknown) => error,
  );
}

describe("deactivating an account", () => {
  test("ends its sessions, refuses its sign-in (saying why) and its tokens; its history keeps its name; audited", async () => {
    const now = Date.now();
    const forecast = await createForecast(ada.actor, forecastInput(), now);
    const cookie = await browserSignIn();
    expect((await sessionOf(cookie))?.user.id).toBe(ada.actor.id);
    expect((await withToken(ada.token))?.id).toBe(ada.actor.id);

    await deactivateUser(root.actor, ada.actor.id, now + 1);

    expect(await sessionOf(cookie)).toBeNull();
    expect(await withToken(ada.token)).toBeNull();
    const refused = await signInError();
    expect(isAPIError(refused) && refused.body?.code).toBe(ACCOUNT_DEACTIVATED);
    expect((await getUser(getDb(), ada.actor.id))?.deactivatedAt).toBe(now + 1);
    const listed = await listForecasts(bob.actor, forecastListQuerySchema.parse({ authorId: ada.actor.id }), now + 2);
    expect(listed.items.map((item) => [item.id, item.authorName])).toEqual([[forecast.id, "Ada"]]);
    const [entry] = await listAudit(getDb(), { entity: "user", actorId: root.actor.id, limit: 1 });
    expect(entry).toMatchObject({ action: "user.deactivate", entityId: ada.actor.id });
  });

  test("a wrong password on a deactivated account is just a wrong password", async () => {
    const error = await (await getAuth(null)).api.signInEmail({ body: { email: ada.actor.email, password: "not-the-password" } }).catch((e: unknown) => e);
    expect(isAPIError(error) && error.body?.code).not.toBe(ACCOUNT_DEACTIVATED);
  });

  test("reactivating lets the person and their tokens back in", async () => {
    await reactivateUser(root.actor, ada.actor.id, Date.now());
    expect((await sessionOf(await browserSignIn()))?.user.id).toBe(ada.actor.id);
    expect((await withToken(ada.token))?.id).toBe(ada.actor.id);
    const [entry] = await listAudit(getDb(), { entity: "user", actorId: root.actor.id, limit: 1 });
    expect(entry).toMatchObject({ action: "user.reactivate", entityId: ada.actor.id });
  });

  test("an admin cannot deactivate themself; an analyst cannot deactivate anyone; nothing changes", async () => {
    await expect(deactivateUser(root.actor, root.actor.id, Date.now())).rejects.toMatchObject({ status: 409, message: "You cannot deactivate your own account." });
    await expect(deactivateUser(bob.actor, ada.actor.id, Date.now())).rejects.toMatchObject({ status: 403 });
    await expect(reactivateUser(bob.actor, ada.actor.id, Date.now())).rejects.toMatchObject({ status: 403 });
    expect((await getUser(getDb(), root.actor.id))?.deactivatedAt).toBeNull();
    expect((await getUser(getDb(), ada.actor.id))?.deactivatedAt).toBeNull();
  });
});
