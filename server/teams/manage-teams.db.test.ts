import { beforeAll, describe, expect, test } from "vitest";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { createTeam, listTeamsWithMembers, setMembership } from "./manage-teams";

useTempDatabase();

let mia: Persona;
let ada: Persona;

beforeAll(async () => {
  mia = await persona("Mia", "manager");
  ada = await persona("Ada", "analyst");
});

describe("teams", () => {
  test("a manager creates a team and assigns an analyst; removing is idempotent", async () => {
    const now = Date.now();
    const team = await createTeam(mia.actor, { name: "Levant desk" }, now);
    await setMembership(mia.actor, { teamId: team.id, userId: ada.actor.id }, true, now);
    expect(await listTeamsWithMembers(mia.actor)).toEqual([{ id: team.id, name: "Levant desk", staleDays: 30, members: [{ id: ada.actor.id, name: "Ada", email: ada.actor.email }] }]);
    await setMembership(mia.actor, { teamId: team.id, userId: ada.actor.id }, false, now);
    await setMembership(mia.actor, { teamId: team.id, userId: ada.actor.id }, false, now);
    expect((await listTeamsWithMembers(mia.actor))[0].members).toEqual([]);
  });

  test("the same name twice is a conflict; an empty one names the field", async () => {
    await expect(createTeam(mia.actor, { name: "Levant desk" }, Date.now())).rejects.toMatchObject({ status: 409 });
    await expect(createTeam(mia.actor, { name: " " }, Date.now())).rejects.toMatchObject({ status: 422, details: [expect.objectContaining({ field: "name" })] });
  });

  test("an analyst may not manage teams, and nothing changes", async () => {
    const before = await listTeamsWithMembers(mia.actor);
    await expect(createTeam(ada.actor, { name: "Rogue" }, Date.now())).rejects.toMatchObject({ status: 403 });
    await expect(setMembership(ada.actor, { teamId: before[0].id, userId: ada.actor.id }, true, Date.now())).rejects.toMatchObject({ status: 403 });
    expect(await listTeamsWithMembers(mia.actor)).toEqual(before);
  });
});
