import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { getUser } from "@/db/queries/users";
import { getAuth } from "@/server/auth/better-auth";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { setPassword } from "./set-password";

useTempDatabase();

let root: Persona;
let ada: Persona;

beforeAll(async () => {
  root = await persona("Root", "admin");
  ada = await persona("Ada", "analyst");
});

const signIn = async (email: string, password: string) => (await getAuth(null)).api.signInEmail({ body: { email, password } });

describe("an admin sets a password", () => {
  test("a user created without one can then sign in with it", async () => {
    expect((await getUser(getDb(), ada.actor.id))!.hasPassword).toBe(false);
    await expect(signIn(ada.actor.email, "new-password-1")).rejects.toThrow();
    await setPassword(root.actor, ada.actor.id, { password: "new-password-1" }, Date.now());
    expect((await getUser(getDb(), ada.actor.id))!.hasPassword).toBe(true);
    const session = await signIn(ada.actor.email, "new-password-1");
    expect(session.user.id).toBe(ada.actor.id);
  });

  test("a short password names the field; an analyst may not set one", async () => {
    await expect(setPassword(root.actor, ada.actor.id, { password: "short" }, Date.now())).rejects.toMatchObject({ status: 422, details: [{ field: "password" }] });
    await expect(setPassword(ada.actor, root.actor.id, { password: "long-enough-1" }, Date.now())).rejects.toMatchObject({ status: 403 });
  });
});
