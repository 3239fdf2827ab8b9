import "server-only";
import { getDb } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { addMember, findTeamByName, insertTeam, isMember, removeMember, teamsWithMembers } from "@/db/queries/teams";
import { getUser, listUsers, teamExists } from "@/db/queries/users";
import { canManageTeams, type Actor } from "@/lib/auth/policy";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { createTeamSchema, teamMemberSchema } from "@/lib/validation/team";
import { auditActorId } from "../system-actor";

/** Managers and admins manage teams (SPEC §1); forecasts carry a team, scores filter by it. */
function requireTeamManager(actor: Actor): void {
  if (!canManageTeams(actor)) throw new Forbidden("Only managers and admins manage teams.");
}

export function listTeamsWithMembers(actor: Actor) {
  requireTeamManager(actor);
  return teamsWithMembers(getDb());
}

export function createTeam(actor: Actor, rawInput: unknown, now: number): { id: string; name: string } {
  requireTeamManager(actor);
  const { name } = parseOrThrow(createTeamSchema, rawInput);
  const db = getDb();
  if (findTeamByName(db, name)) throw new Conflict("conflict", `A team called “${name}” already exists.`);
  const id = crypto.randomUUID();
  db.transaction((tx) => {
    insertTeam(tx, { id, name, createdAt: now });
    writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "team.create", entity: "team", entityId: id, after: { name } });
  });
  return { id, name };
}

export function setMembership(actor: Actor, rawInput: unknown, member: boolean, now: number): void {
  requireTeamManager(actor);
  const { teamId, userId } = parseOrThrow(teamMemberSchema, rawInput);
  const db = getDb();
  if (!teamExists(db, teamId)) throw new NotFound("The team");
  if (!getUser(db, userId)) throw new NotFound("The user");
  if (isMember(db, teamId, userId) === member) return;
  db.transaction((tx) => {
    if (member) addMember(tx, teamId, userId);
    else removeMember(tx, teamId, userId);
    writeAudit(tx, { at: now, actorId: auditActorId(actor), action: member ? "team.add_member" : "team.remove_member", entity: "team", entityId: teamId, after: { userId } });
  });
}

/** Everyone who may be put in a team, for the team page's pickers. */
export function listPeopleForTeams(actor: Actor) {
  requireTeamManager(actor);
  return listUsers(getDb()).map(({ id, name, email, roles }) => ({ id, name, email, roles }));
}
