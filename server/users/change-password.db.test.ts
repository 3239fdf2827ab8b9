import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { getAuth } from "@/server/auth/better-auth";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { changeOwnPassword } from "./change-password";
import { setPassword } from "./set-password";

useTempDatabase();

let root: Persona;
let ada: Persona;
const FIRST = "first-password-1";

beforeAll(async () => {
  root = await persona("Root", "admin");
  ada = await persona("Ada", "analyst");
  await setPassword(root.actor, ada.actor.id, { password: FIRST }, Date.now());
});

const signIn = async (password: string) => (await getAuth(null)).api.signInEmail({ body: { email: ada.actor.email, password } });

/** A browser's sign-in: the session cookie it would send back afterwards. */
async function browserSignIn(password: string): Promise<string> {
  const { headers } = await (await getAuth(null)).api.signInEmail({ body: { email: ada.actor.email, password }, returnHeaders: true });
  return headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

const sessionOf = async (cookie: string) => (await getAuth(null)).api.getSession({ headers: new Headers({ cookie }) });

describe("changing one's own password", () => {
  test("a wrong current password, a mismatch or the same password again are refused beside their field, and nothing changes", async () => {
    const refusals = [
      [{ currentPassword: "not-it-at-all", newPassword: "second-password-2", confirmPassword: "second-password-2" }, "currentPassword", "That is not your current password."],
      [{ currentPassword: FIRST, newPassword: "second-password-2", confirmPassword: "second-password-3" }, "confirmPassword", "The two new passwords are not the same."],
      [{ currentPassword: FIRST, newPassword: FIRST, confirmPassword: FIRST }, "newPassword", "The new password must differ from the current one."],
      [{ currentPassword: FIRST, newPassword: "short", confirmPassword: "short" }, "newPassword", "The new password must be at least 8 characters long."],
      [{ currentPassword: "", newPassword: "second-password-2", confirmPassword: "second-password-2" }, "currentPassword", "Enter your current password."],
    ] as const;
    for (const [input, field, message] of refusals) {
      await expect(changeOwnPassword(ada.actor, null, input, Date.now())).rejects.toMatchObject({ status: 422, details: expect.arrayContaining([{ field, message }]) });
    }
    expect((await signIn(FIRST)).user.id).toBe(ada.actor.id);
  });

  test("the new password works, the old one no longer does, other sessions end and this one stays, and it is audited", async () => {
    const here = await browserSignIn(FIRST);
    const elsewhere = await browserSignIn(FIRST);
    const hereSession = await sessionOf(here);
    const changed = await changeOwnPassword(ada.actor, hereSession!.session.id, { currentPassword: FIRST, newPassword: "second-password-2", confirmPassword: "second-password-2" }, Date.now());

    expect(changed.endedSessions).toBeGreaterThanOrEqual(1);
    expect(await sessionOf(elsewhere)).toBeNull();
    expect((await sessionOf(here))?.user.id).toBe(ada.actor.id);
    await expect(signIn(FIRST)).rejects.toThrow();
    expect((await signIn("second-password-2")).user.id).toBe(ada.actor.id);

    const [entry] = await listAudit(getDb(), { entity: "user", actorId: ada.actor.id, limit: 1 });
    expect(entry).toMatchObject({ action: "user.password.change", entityId: ada.actor.id });
    expect(entry.after).not.toContain("second-password-2");
  });
});
