import "server-only";
import { getDb, withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { addMember, findTeamByName, insertTeam, isMember, removeMember, teamsWithMembers } from "@/db/queries/teams";
import { getUser, listUsers, teamExists } from "@/db/queries/users";
import { canManageTeams, type Actor } from "@/lib/auth/policy";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { createTeamSchema, teamMemberSchema } from "@/lib/validation/team";
import { changeMembership } from "../scores/retally-membership";
import { auditActorId } from "../system-actor";

/** Managers and admins manage teams (SPEC §1); forecasts carry a team, scores filter by it. */
function requireTeamManager(actor: Actor): void {
  if (!canManageTeams(actor)) throw new Forbidden("Only managers and admins manage teams.");
}

export async function listTeamsWithMembers(actor: Actor) {
  requireTeamManager(actor);
  return teamsWithMembers(getDb());
}

export async function createTeam(actor: Actor, rawInput: unknown, now: number): Promise<{ id: string; name: string }> {
  requireTeamManager(actor);
  const { name } = parseOrThrow(createTeamSchema, rawInput);
  const id = crypto.randomUUID();
  await withTransaction(async (tx) => {
    if (await findTeamByName(tx, name)) throw new Conflict("conflict", `A team called “${name}” already exists.`);
    await insertTeam(tx, { id, name, createdAt: now });
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "team.create", entity: "team", entityId: id, after: { name } });
  });
  return { id, name };
}

export async function setMembership(actor: Actor, rawInput: unknown, member: boolean, now: number): Promise<void> {
  requireTeamManager(actor);
  const { teamId, userId } = parseOrThrow(teamMemberSchema, rawInput);
  await withTransaction(async (tx) => {
    if (!(await teamExists(tx, teamId))) throw new NotFound("The team");
    if (!(await getUser(tx, userId))) throw new NotFound("The user");
    if ((await isMember(tx, teamId, userId)) === member) return;
    // The team's stored figures (tallies, its median) follow its membership in this transaction.
    await changeMembership(tx, teamId, userId, member, () => (member ? addMember(tx, teamId, userId) : removeMember(tx, teamId, userId)));
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: member ? "team.add_member" : "team.remove_member", entity: "team", entityId: teamId, after: { userId } });
  });
}

/** Everyone who may be put in a team, for the team page's pickers. */
export async function listPeopleForTeams(actor: Actor) {
  requireTeamManager(actor);
  return (await listUsers(getDb())).map(({ id, name, email, roles }) => ({ id, name, email, roles }));
}
